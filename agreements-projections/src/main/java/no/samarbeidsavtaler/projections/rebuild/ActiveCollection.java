package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The collection a projection reads and writes right now. A live projection calls {@link #get()} on
 * every use and never keeps the returned collection in a field: a rebuild builds a new collection
 * beside the live one and then switches this handle to it, without a restart.
 *
 * <p>Live projections get theirs from {@link ProjectionCollections#active}; a rebuild or a consistency
 * check constructs a second instance of the same projection class on {@link #fixed} (the new or
 * scratch collection), so both run exactly the same handler code.
 */
@FunctionalInterface
public interface ActiveCollection {

    MongoCollection<Document> get();

    /** Always the same collection: for rebuild targets, scratch checks and tests. */
    static ActiveCollection fixed(MongoCollection<Document> collection) {
        return () -> collection;
    }
}
