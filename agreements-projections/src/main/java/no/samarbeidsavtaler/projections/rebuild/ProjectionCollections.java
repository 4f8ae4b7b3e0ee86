package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.Document;

/**
 * Which collection each projection uses, kept in {@code projection_meta} documents
 * ({@code _id} = projection name, {@code activeCollection}). No document means the projection's
 * default collection, so a store that was never rebuilt needs no migration.
 *
 * <p>Handles cache the name and re-read it (one exact {@code _id} lookup) at most every
 * {@link #refreshInterval()}: a switch made in this JVM is seen at once, one made by another node
 * within that interval. The rebuilder waits that long after a switch before its last catch-up.
 */
public final class ProjectionCollections {

    public static final String META_COLLECTION = "projection_meta";
    static final String ACTIVE = "activeCollection";
    static final String PREVIOUS = "previousCollection";
    static final String SWITCHED_AT = "switchedAt";
    static final String REBUILD = "rebuild";

    private final MongoDatabase database;
    private final MongoCollection<Document> meta;
    private final Duration refreshInterval;
    private final Clock clock;
    private final ConcurrentMap<String, Handle> handles = new ConcurrentHashMap<>();

    public ProjectionCollections(MongoDatabase database) {
        this(database, Duration.ofSeconds(1), Clock.systemUTC());
    }

    public ProjectionCollections(MongoDatabase database, Duration refreshInterval, Clock clock) {
        this.database = database;
        this.meta = database.getCollection(META_COLLECTION);
        this.refreshInterval = refreshInterval;
        this.clock = clock;
    }

    /** The live handle of a projection; one per projection name, shared by every caller. */
    public ActiveCollection active(String projection, String defaultCollection) {
        Handle handle = handles.computeIfAbsent(projection, p -> new Handle(p, defaultCollection));
        if (!handle.defaultCollection.equals(defaultCollection)) {
            throw new IllegalArgumentException("Projection " + projection + " already uses default collection "
                    + handle.defaultCollection + ", not " + defaultCollection);
        }
        return handle;
    }

    /** The active collection's name as stored now (no cache). */
    public String activeName(String projection, String defaultCollection) {
        return metaDocument(projection).map(d -> d.getString(ACTIVE)).orElse(defaultCollection);
    }

    public Optional<Document> metaDocument(String projection) {
        return Optional.ofNullable(meta.find(eq("_id", projection)).first());
    }

    public Duration refreshInterval() {
        return refreshInterval;
    }

    public MongoDatabase database() {
        return database;
    }

    /**
     * Points the projection at {@code target} if it still uses {@code expected}: a compare-and-set, so of
     * two rebuilds racing on different nodes only one switches. Returns false when another switch won.
     */
    boolean switchActive(String projection, String expected, String target, String defaultCollection) {
        var update = Updates.combine(Updates.set(ACTIVE, target), Updates.set(PREVIOUS, expected),
                Updates.set(SWITCHED_AT, Date.from(clock.instant())));
        // Two keys, so a scan of projection_meta on the embedded server: a handful of documents.
        var filter = expected.equals(defaultCollection)
                ? and(eq("_id", projection), in(ACTIVE, expected, null))
                : and(eq("_id", projection), eq(ACTIVE, expected));
        try {
            var result = meta.updateOne(filter, update, new UpdateOptions().upsert(true));
            boolean switched = result.getModifiedCount() > 0 || result.getUpsertedId() != null;
            Handle handle = handles.get(projection);
            if (switched && handle != null) {
                handle.use(target);
            }
            return switched;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the upsert met a document naming another collection
            }
            throw e;
        }
    }

    /** Stores the latest rebuild status beside the active collection, for other nodes and restarts. */
    void saveRebuildStatus(String projection, Document status) {
        meta.updateOne(eq("_id", projection), Updates.set(REBUILD, status), new UpdateOptions().upsert(true));
    }

    private final class Handle implements ActiveCollection {
        private final String projection;
        private final String defaultCollection;
        private volatile MongoCollection<Document> current;
        private volatile long refreshedAtNanos;

        private Handle(String projection, String defaultCollection) {
            this.projection = projection;
            this.defaultCollection = defaultCollection;
            use(activeName(projection, defaultCollection));
        }

        @Override
        public MongoCollection<Document> get() {
            if (System.nanoTime() - refreshedAtNanos >= refreshInterval.toNanos()) {
                String name = activeName(projection, defaultCollection);
                if (!name.equals(current.getNamespace().getCollectionName())) {
                    use(name);
                } else {
                    refreshedAtNanos = System.nanoTime();
                }
            }
            return current;
        }

        private void use(String name) {
            current = database.getCollection(name);
            refreshedAtNanos = System.nanoTime();
        }
    }
}
