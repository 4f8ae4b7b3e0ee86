package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.AGGREGATE_ID;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.HASH;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.PREVIOUS_HASH;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.SEQUENCE_NUMBER;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.STREAM_KEY;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** Streams this node appended to recently; enough for the aggregates being worked on at once. */
    private static final int REMEMBERED_STREAMS = 10_000;

    private final MongoCollection<BsonDocument> events;
    /**
     * The last event this node appended to each recent stream. Commands usually follow each other on the same
     * agreement, so the next append's link is usually known without a read. Stored events never change, so a
     * remembered hash stays right; it is only used for the exact sequence number it belongs to, so an event
     * another node appended since is read as before.
     */
    private final Cache<String, Link> lastAppended = Caffeine.newBuilder().maximumSize(REMEMBERED_STREAMS).build();

    private record Link(long sequenceNumber, String hash) {
    }

    EventChain(MongoCollection<BsonDocument> events) {
        this.events = events;
    }

    /** Called once the append's aggregate events (in sequence order) are stored. */
    void appended(List<BsonDocument> aggregateEvents) {
        if (aggregateEvents.isEmpty()) {
            return;
        }
        BsonDocument last = aggregateEvents.get(aggregateEvents.size() - 1);
        lastAppended.put(last.getString(AGGREGATE_ID).getValue(),
                new Link(last.getNumber(SEQUENCE_NUMBER).longValue(), last.getString(HASH).getValue()));
    }

    /**
     * The hash the append's first aggregate event links to: remembered from this node's previous append to
     * the stream, or one exact {@code streamKey} read (served by the unique index on the embedded server too),
     * done before allocating, so a refusal burns no position.
     * The caller built this append on a state that included the previous event, so it must be there; if it
     * is not, somebody removed it, and appending would knit the chain together over the hole.
     */
    String previousHash(String aggregateId, long firstSequenceNumber) {
        if (firstSequenceNumber == 0) {
            return DocumentHash.GENESIS;
        }
        Link remembered = lastAppended.getIfPresent(aggregateId);
        if (remembered != null && remembered.sequenceNumber() == firstSequenceNumber - 1) {
            return remembered.hash();
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
