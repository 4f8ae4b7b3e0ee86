package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The generation a rebuild's handler instance writes to: every collection it asks for is a
 * {@link WriteBehindCollection}. Used by one rebuild thread only. Writes through
 * {@link #database()} directly are not queued.
 */
final class WriteBehindGeneration implements ActiveCollection {

    private final ActiveCollection target;
    private final Map<String, WriteBehindCollection.Handle> collections = new LinkedHashMap<>();

    WriteBehindGeneration(ActiveCollection target) {
        this.target = target;
    }

    @Override
    public MongoDatabase database() {
        return target.database();
    }

    @Override
    public String primary() {
        return target.primary();
    }

    @Override
    public String suffix() {
        return target.suffix();
    }

    @Override
    public MongoCollection<Document> collection(String defaultName) {
        return collections.computeIfAbsent(defaultName, n -> WriteBehindCollection.wrap(target.collection(n)))
                .collection();
    }

    /** Sends every queued write; the build calls it at the end of each pass, before switching or comparing. */
    void flush() {
        collections.values().forEach(c -> c.flush().run());
    }
}
