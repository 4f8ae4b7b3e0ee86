package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.HASH;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.PREVIOUS_HASH;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.STREAM_KEY;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Links each aggregate event to the previous event of its stream (ADR 0003): {@code previousHash} is the
 * previous event's {@code hash} ({@link DocumentHash#GENESIS} at sequence 0), and {@code hash} covers the
 * whole document including that link. Plain events and voids carry a {@code hash} but no link: they belong
 * to no stream, and the anchors cover their positions.
 */
final class EventChain {

    private final MongoCollection<BsonDocument> events;

    EventChain(MongoCollection<BsonDocument> events) {
        this.events = events;
    }

    /**
     * The hash the append's first aggregate event links to. One exact {@code streamKey} read (served by the
     * unique index on the embedded server too), done before allocating, so a refusal burns no position.
     * The caller built this append on a state that included the previous event, so it must be there; if it
     * is not, somebody removed it, and appending would knit the chain together over the hole.
     */
    String previousHash(String aggregateId, long firstSequenceNumber) {
        if (firstSequenceNumber == 0) {
            return DocumentHash.GENESIS;
        }
        String key = EventFields.streamKey(aggregateId, firstSequenceNumber - 1);
        BsonDocument previous = events.find(eq(STREAM_KEY, key)).projection(Projections.include(HASH)).first();
        if (previous == null) {
            throw new EventStoreException("Cannot append event " + firstSequenceNumber + " of aggregate ["
                    + aggregateId + "]: its previous event (" + key + ") is not in the store. The stream may have "
                    + "been tampered with; run the event store verifier.");
        }
        if (previous.containsKey(HASH)) {
            return previous.getString(HASH).getValue();
        }
        // Written before hashing existed: link to the hash the legacy seal will store for it (ADR 0003).
        return DocumentHash.of(events.find(eq(STREAM_KEY, key)).first());
    }

    /** Adds {@code previousHash} and {@code hash} to the append's aggregate events (in sequence order). */
    static void link(List<BsonDocument> aggregateEvents, String previousHash) {
        String previous = previousHash;
        for (BsonDocument document : aggregateEvents) {
            document.append(PREVIOUS_HASH, new BsonString(previous));
            previous = DocumentHash.seal(document).getString(HASH).getValue();
        }
    }
}
