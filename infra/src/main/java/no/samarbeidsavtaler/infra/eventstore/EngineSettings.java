package no.samarbeidsavtaler.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.BsonDocument;

/** What the engine's parts share: where the documents live, and the timing rules. */
record EngineSettings(MongoDatabase database, String eventsCollection, String snapshotsCollection,
                      String countersCollection, int batchSize, Duration gapTimeout, int maxGapOffset,
                      Clock clock, AppendInterceptor appendInterceptor) {

    MongoCollection<BsonDocument> events() {
        return database.getCollection(eventsCollection, BsonDocument.class);
    }

    MongoCollection<BsonDocument> snapshots() {
        return database.getCollection(snapshotsCollection, BsonDocument.class);
    }

    MongoCollection<BsonDocument> counters() {
        return database.getCollection(countersCollection, BsonDocument.class);
    }

    /**
     * A writer may only start its insert within half the gap timeout of allocating. The other half is the
     * margin for the insert itself, so once a position is gapTimeout old no insert can still land there.
     */
    Duration writerDeadline() {
        return gapTimeout.dividedBy(2);
    }

    /** Whether a position allocated at {@code allocatedAt} is past the gap timeout, as of {@code now}. */
    boolean isExpired(Instant allocatedAt, Instant now) {
        return allocatedAt.isBefore(now.minus(gapTimeout));
    }
}
