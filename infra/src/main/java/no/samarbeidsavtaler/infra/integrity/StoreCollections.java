package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;

/**
 * Where the event store keeps its documents (the engine's collection names) and the {@code anchors}
 * collection. Reads positions only by exact {@code _id} and {@code _id $in} batches: the embedded server
 * full-scans ranges and sorts, and positions are dense, so a batch of ids is as good as a range.
 */
public record StoreCollections(MongoDatabase database, String events, String counters, String anchors) {

    /** Positions per {@code $in} read (stack-notes: batches of 1,000 ids had p99 spikes). */
    static final int BATCH = 500;

    public static StoreCollections defaults(MongoDatabase database) {
        return new StoreCollections(database, "events", "counters", "anchors");
    }

    MongoCollection<BsonDocument> eventsCollection() {
        return database.getCollection(events, BsonDocument.class);
    }

    MongoCollection<BsonDocument> countersCollection() {
        return database.getCollection(counters, BsonDocument.class);
    }

    MongoCollection<BsonDocument> anchorsCollection() {
        return database.getCollection(anchors, BsonDocument.class);
    }

    /** The position counter: every allocated position is at or below it. One exact read. */
    long highestAllocated() {
        BsonDocument counter = countersCollection().find(eq("_id", EventFields.COUNTER_ID)).first();
        return counter == null ? 0 : counter.getNumber(EventFields.COUNTER_NEXT).longValue();
    }

    /** The documents at positions {@code from … to} (inclusive) that exist, by position. */
    TreeMap<Long, BsonDocument> positions(long from, long to) {
        return byId(eventsCollection(), from, to);
    }

    static TreeMap<Long, BsonDocument> byId(MongoCollection<BsonDocument> collection, long from, long to) {
        TreeMap<Long, BsonDocument> found = new TreeMap<>();
        if (to < from) {
            return found;
        }
        List<Long> ids = new ArrayList<>((int) (to - from + 1));
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        for (BsonDocument document : collection.find(in("_id", ids))) {
            if (document.get("_id").isNumber()) {
                found.put(document.getNumber("_id").longValue(), document);
            }
        }
        return found;
    }
}
