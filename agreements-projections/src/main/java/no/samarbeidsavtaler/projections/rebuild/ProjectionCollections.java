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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.Document;

/**
 * Which generation of collections each projection uses, kept in {@code projection_meta} documents:
 * {@code _id} = projection name, {@code activeSuffix}, and {@code activeCollection} (the main
 * collection's full name, for people reading the database). No document means suffix {@code ""}, the
 * default names, so a store that was never rebuilt needs no migration.
 *
 * <p>Handles cache the suffix and re-read it (one exact {@code _id} lookup) at most every
 * {@link #refreshInterval()}: a switch made in this JVM is seen at once, one made by another node
 * within that interval. The rebuilder waits for that before its last catch-up.
 */
public final class ProjectionCollections {

    public static final String META_COLLECTION = "projection_meta";
    static final String SUFFIX = "activeSuffix";
    static final String ACTIVE = "activeCollection";
    static final String PREVIOUS_SUFFIX = "previousSuffix";
    static final String SWITCHED_AT = "switchedAt";
    static final String REBUILD = "rebuild";
    static final String SEPARATOR = "__";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

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
    public ActiveCollection active(String projection, String primary) {
        Handle handle = handles.computeIfAbsent(projection, p -> new Handle(p, primary));
        if (!handle.primary.equals(primary)) {
            throw new IllegalArgumentException("Projection " + projection + " has main collection "
                    + handle.primary + ", not " + primary);
        }
        return handle;
    }

    /** The active suffix as stored now (no cache). */
    public String activeSuffix(String projection) {
        return metaDocument(projection).map(d -> d.getString(SUFFIX)).orElse("");
    }

    /** The suffix that served before the last switch; null when there was none. */
    String previousSuffix(String projection) {
        return metaDocument(projection).map(d -> d.getString(PREVIOUS_SUFFIX)).orElse(null);
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

    /** A fresh suffix {@code __<UTC stamp><tag>} that no collection of {@code names} uses yet. */
    String newSuffix(List<String> names, String tag) {
        List<String> existing = new ArrayList<>();
        database.listCollectionNames().into(existing);
        String base = SEPARATOR + STAMP.format(clock.instant()) + tag;
        String suffix = base;
        for (int i = 2; clash(existing, names, suffix); i++) {
            suffix = base + "_" + i;
        }
        return suffix;
    }

    private static boolean clash(List<String> existing, List<String> names, String suffix) {
        return names.stream().anyMatch(n -> existing.contains(n + suffix));
    }

    /**
     * Switches the projection to {@code target} if it still uses {@code expected}: a compare-and-set, so
     * of two rebuilds racing on different nodes only one switches. False when another switch won.
     */
    boolean switchActive(String projection, String primary, String expected, String target) {
        var update = Updates.combine(Updates.set(SUFFIX, target), Updates.set(ACTIVE, primary + target),
                Updates.set(PREVIOUS_SUFFIX, expected), Updates.set(SWITCHED_AT, Date.from(clock.instant())));
        // Two keys, so a scan of projection_meta on the embedded server: a handful of documents.
        var filter = expected.isEmpty()
                ? and(eq("_id", projection), in(SUFFIX, "", null))
                : and(eq("_id", projection), eq(SUFFIX, expected));
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
                return false; // the upsert met a document naming another generation
            }
            throw e;
        }
    }

    /** Drops the generation's collections that exist (dropping a missing one makes the server log an error). */
    void drop(List<String> names, String suffix) {
        List<String> existing = new ArrayList<>();
        database.listCollectionNames().into(existing);
        names.stream().map(n -> n + suffix).filter(existing::contains).forEach(n -> database.getCollection(n).drop());
    }

    /** Stores the latest rebuild status beside the active suffix, for other nodes and restarts. */
    void saveRebuildStatus(String projection, Document status) {
        meta.updateOne(eq("_id", projection), Updates.set(REBUILD, status), new UpdateOptions().upsert(true));
    }

    private final class Handle implements ActiveCollection {
        private final String projection;
        private final String primary;
        private volatile String suffix;
        private volatile long refreshedAtNanos;

        private Handle(String projection, String primary) {
            this.projection = projection;
            this.primary = primary;
            use(activeSuffix(projection));
        }

        @Override
        public MongoDatabase database() {
            return database;
        }

        @Override
        public String primary() {
            return primary;
        }

        @Override
        public String suffix() {
            if (System.nanoTime() - refreshedAtNanos >= refreshInterval.toNanos()) {
                use(activeSuffix(projection));
            }
            return suffix;
        }

        private void use(String value) {
            suffix = value;
            refreshedAtNanos = System.nanoTime();
        }
    }
}
