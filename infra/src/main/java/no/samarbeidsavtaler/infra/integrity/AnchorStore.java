package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.TreeMap;
import org.bson.BsonDocument;

/**
 * The {@code anchors} collection ({@code _id} = anchor number 1, 2, 3 …, dense) and its head pointer
 * {@code {_id: "anchors", last: n}} in the counters collection. Only exact {@code _id} reads: the newest anchor
 * is found from the pointer, then by probing the next numbers (the pointer may lag after a crash).
 */
final class AnchorStore {

    static final String POINTER_ID = "anchors";
    static final String POINTER_LAST = "last";

    private final StoreCollections store;
    private final MongoCollection<BsonDocument> anchors;

    AnchorStore(StoreCollections store) {
        this.store = store;
        this.anchors = store.anchorsCollection();
    }

    /** The number the pointer names as the last anchor written (0 when none). */
    long pointer() {
        BsonDocument pointer = store.countersCollection().find(eq("_id", POINTER_ID)).first();
        return pointer == null ? 0 : pointer.getNumber(POINTER_LAST).longValue();
    }

    BsonDocument read(long number) {
        return anchors.find(eq("_id", number)).first();
    }

    /**
     * The highest anchor number n such that anchors pointer … n all exist, probing upwards by doubling
     * steps and then bisecting (anchors are dense). Returns the pointer itself when nothing is above it.
     */
    long lastNumber() {
        long known = pointer();
        long step = 1;
        while (read(known + step) != null) {
            known += step;
            step *= 2;
        }
        long low = known;             // exists (or 0)
        long high = known + step;     // does not exist
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (read(middle) != null) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Anchors 1 … last by {@code $in} batches; numbers that are absent are simply not in the map. */
    TreeMap<Long, BsonDocument> readAll(long last) {
        TreeMap<Long, BsonDocument> all = new TreeMap<>();
        for (long from = 1; from <= last; from += StoreCollections.BATCH) {
            all.putAll(StoreCollections.byId(anchors, from, Math.min(last, from + StoreCollections.BATCH - 1)));
        }
        return all;
    }

    /** Inserts the anchor; false when another anchorer wrote this number first. */
    boolean insert(Anchor anchor) {
        try {
            anchors.insertOne(anchor.toDocument());
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        // $max: a slow anchorer can never move the pointer back.
        store.countersCollection().updateOne(eq("_id", POINTER_ID), Updates.max(POINTER_LAST, anchor.number()),
                new UpdateOptions().upsert(true));
        return true;
    }
}
