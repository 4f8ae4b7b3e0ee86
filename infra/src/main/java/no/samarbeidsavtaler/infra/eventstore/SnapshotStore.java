package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.ID;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.SEQUENCE_NUMBER;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest snapshot per aggregate ({@code _id} = aggregate id). A snapshot only ever replaces an older
 * one: compare-and-swap on the exact {@code {_id, sequenceNumber}} pair read just before, so two
 * snapshotters racing can never put an older snapshot over a newer one.
 */
final class SnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);
    private static final int ATTEMPTS = 5;

    private final EngineSettings settings;
    private final MongoCollection<BsonDocument> snapshots;

    SnapshotStore(EngineSettings settings) {
        this.settings = settings;
        this.snapshots = settings.snapshots();
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        BsonDocument document = SerializedEvent.of(snapshot, serializer).toSnapshotDocument(settings.clock().instant());
        BsonString id = new BsonString(snapshot.getAggregateIdentifier());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BsonDocument current = snapshots.find(eq(ID, id)).projection(Projections.include(SEQUENCE_NUMBER)).first();
            if (current == null) {
                if (insert(document)) {
                    return;
                }
                continue; // another snapshotter created it first: compare against theirs
            }
            long currentSequence = current.getNumber(SEQUENCE_NUMBER).longValue();
            if (currentSequence >= snapshot.getSequenceNumber()) {
                return; // the stored snapshot is as new or newer
            }
            // Exact match on both fields: the unique {_id, sequenceNumber} index serves it on the embedded server.
            BsonDocument expected = new BsonDocument(ID, id).append(SEQUENCE_NUMBER, new BsonInt64(currentSequence));
            if (snapshots.replaceOne(expected, document).getMatchedCount() == 1) {
                return;
            }
        }
        // A snapshot is an optimisation: losing one to heavy contention costs a longer load, nothing more.
        log.warn("Gave up storing snapshot of [{}] at sequence {} after {} contended attempts",
                id.getValue(), snapshot.getSequenceNumber(), ATTEMPTS);
    }

    Optional<BsonDocument> read(String aggregateId) {
        return Optional.ofNullable(snapshots.find(eq(ID, aggregateId)).first());
    }

    private boolean insert(BsonDocument document) {
        try {
            snapshots.insertOne(document);
            return true;
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
