package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import no.samarbeidsavtaler.infra.eventstore.MongoEventStorageEngine;
import no.samarbeidsavtaler.infra.eventstore.MutableClock;
import no.samarbeidsavtaler.infra.eventstore.TestMongo;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.BsonDocument;
import org.bson.BsonInt64;

/**
 * A real event store (engine on mongo-java-server through the driver) with a known history, plus the raw
 * access a tamperer has: documents edited, deleted and inserted directly in MongoDB.
 *
 * <pre>
 * 1 avtale-1 #0   2 avtale-1 #1   3 avtale-1 #2   4 avtale-2 #0   5 void   6 void
 * 7 avtale-1 #3   8 avtale-1 #4   9 plain event  10 avtale-2 #1  11 avtale-2 #2
 * </pre>
 */
final class StoreFixture implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    final TestMongo mongo = TestMongo.inMemory();
    final MongoEventStorageEngine engine = engine(mongo.database(), clock);
    final StoreCollections store = StoreCollections.defaults(mongo.database());
    final EventStoreAnchorer anchorer = new EventStoreAnchorer(store, clock, 1_000, Duration.ofMinutes(1));
    final ChainVerifier verifier = new ChainVerifier(store, clock, ChainVerifier.DEFAULT_SETTLE_TIME);

    StoreFixture withHistory() {
        engine.appendEvents(events("avtale-1", 0, 3));
        engine.appendEvents(event("avtale-2", 0));
        failedAppend(mongo.database(), clock, events("avtale-3", 0, 2));
        engine.appendEvents(List.of(event("avtale-1", 3), event("avtale-1", 4),
                GenericEventMessage.asEventMessage("varsel om ny avtale")));
        engine.appendEvents(events("avtale-2", 1, 2));
        return this;
    }

    MongoCollection<BsonDocument> raw() {
        return eventsCollection(mongo.database());
    }

    BsonDocument at(long position) {
        return raw().find(eq("_id", position)).first();
    }

    BsonDocument stored(String aggregateId, long sequence) {
        return raw().find(eq("streamKey", EventFields.streamKey(aggregateId, sequence))).first();
    }

    void replace(BsonDocument document) {
        raw().replaceOne(eq("_id", document.get("_id")), document);
    }

    void delete(long position) {
        raw().deleteOne(eq("_id", new BsonInt64(position)));
    }

    /** What a careful forger does after an edit: recompute the document's own hash. */
    static BsonDocument rehash(BsonDocument document) {
        return DocumentHash.seal(document);
    }

    VerificationReport verifyStore() {
        return verifier.verifyStore(VerificationProgress.NONE);
    }

    static String kinds(VerificationReport report) {
        return report.findings().stream().map(f -> f.kind() + "@" + (f.position() != null ? f.position()
                : f.anchorNumber() != null ? "anchor" + f.anchorNumber() : f.aggregateId() + "#" + f.sequenceNumber()))
                .sorted().collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        mongo.close();
    }
}
