package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The collections a projection reads and writes right now: one generation, named
 * {@code <default name><suffix>}. The suffix is {@code ""} while the projection was never rebuilt and
 * {@code "__<UTC timestamp>"} after a rebuild switched it. A projection with several collections (e.g.
 * views plus lookup documents) derives every name from the same suffix with {@link #collection}.
 *
 * <p>Live projections get theirs from {@link ProjectionCollections#active} and resolve it on every
 * use (never keep a {@code MongoCollection} in a field), so a rebuild can switch them to a freshly
 * built generation without a restart. A rebuild or consistency check makes a second instance of the same
 * projection class on {@link #generation} (the new or scratch suffix): both run the same handler code.
 */
public interface ActiveCollection {

    MongoDatabase database();

    /** Default name of the projection's main collection (what {@link #get()} returns with the suffix). */
    String primary();

    /** Suffix of the active generation, {@code ""} before the first rebuild. */
    String suffix();

    default MongoCollection<Document> get() {
        return collection(primary());
    }

    /** A collection of the active generation, by its default name. */
    default MongoCollection<Document> collection(String defaultName) {
        return database().getCollection(defaultName + suffix());
    }

    /** Always the same generation: for rebuild targets, scratch checks and tests. */
    static ActiveCollection generation(MongoDatabase database, String primary, String suffix) {
        return new Fixed(database, primary, suffix);
    }

    record Fixed(MongoDatabase database, String primary, String suffix) implements ActiveCollection {
    }
}
