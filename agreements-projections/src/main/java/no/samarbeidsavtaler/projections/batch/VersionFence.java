package no.samarbeidsavtaler.projections.batch;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Makes a projection's write of one document conditional on the version its batch read: the filter
 * {@code {_id, version}} matches only while nobody else wrote the document since. {@code version: null}
 * matches no stored document. Every fenced write upserts: when the filter matches nothing because the document
 * moved on (or was inserted by another writer), the upsert's insert collides with the stored {@code _id} and
 * fails with a duplicate key, which names exactly the writes that lost. A writer that loses is told so
 * ({@link StaleProjectionWriteException}) instead of putting back an older state.
 *
 * <p>The unique index on {@code (_id, version)} is there for the embedded server only: it answers a query
 * from an index only when the query names exactly an index's keys with plain values, so without it each
 * conditional write would scan the collection (real MongoDB uses the {@code _id} index either way). The index
 * never rejects a write {@code _id} alone would accept, and correctness does not depend on it: without it the
 * filter is merely slower on the embedded server.
 *
 * <p>One instance per store: it remembers which collections it created the index on.
 */
public final class VersionFence {

    public static final String VERSION = "version";

    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    /** The filter for a document last read at {@code storedVersion} ({@code null}: not stored then). */
    public static Document filter(String id, Long storedVersion) {
        return new Document("_id", id).append(VERSION, storedVersion);
    }

    /**
     * Writes the models, each an upsert with a {@link #filter}, unordered: the ones that did not lose all land.
     *
     * @return the positions in {@code models} of the writes that lost (empty when all landed)
     */
    public Set<Integer> write(MongoCollection<Document> collection, List<? extends WriteModel<Document>> models) {
        if (models.isEmpty()) {
            return Set.of();
        }
        try {
            indexed(collection).bulkWrite(models, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            Set<Integer> lost = new TreeSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(error.getIndex());
            }
            return lost;
        }
    }

    /** The collection, with the index that keeps the fence filter an index lookup on the embedded server. */
    public MongoCollection<Document> indexed(MongoCollection<Document> collection) {
        String name = collection.getNamespace().getFullName();
        if (!indexed.contains(name)) {
            collection.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().unique(true));
            indexed.add(name);
        }
        return collection;
    }
}
