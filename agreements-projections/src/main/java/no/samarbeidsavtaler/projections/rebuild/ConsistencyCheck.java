package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyReport.Discrepancy;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyReport.Kind;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * Builds a projection from the event store into scratch collections and compares them, document by
 * document ({@code _id $in} batches), with the live generation. The live side keeps moving while the
 * check runs, so suspects get a few settle rounds (scratch caught up again, both re-read) before they
 * are reported; what is left is a real difference: a lost or tampered write, or a handler bug.
 */
public class ConsistencyCheck {

    private static final int BATCH = 500;

    private final EventReplay replay;
    private final ProjectionCollections collections;
    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();
    private final Set<String> ignoredFields;
    private final int settleRounds;
    private final Duration settleDelay;

    /** Compares every field, with up to 3 settle rounds 200 ms apart. */
    public ConsistencyCheck(EventStorageEngine storage, ProjectionCollections collections,
                            List<RebuildableProjection> projections) {
        this(storage, collections, projections, Set.of(), 3, Duration.ofMillis(200));
    }

    /** Reads the events from {@code storage} itself (see {@link StoredEventSource} for why not the event store). */
    public ConsistencyCheck(EventStorageEngine storage, ProjectionCollections collections,
                            List<RebuildableProjection> projections, Set<String> ignoredFields, int settleRounds,
                            Duration settleDelay) {
        this.replay = new EventReplay(new StoredEventSource(storage));
        this.collections = collections;
        this.ignoredFields = Set.copyOf(ignoredFields);
        this.settleRounds = settleRounds;
        this.settleDelay = settleDelay;
        projections.forEach(p -> this.projections.put(p.name(), p));
    }

    @QueryHandler
    public ConsistencyReport handle(CheckConsistency query) throws Exception {
        return run(query.projection());
    }

    public ConsistencyReport run(String projection) throws Exception {
        RebuildableProjection definition = projections.get(projection);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown projection " + projection + "; known: " + projections.keySet());
        }
        MongoDatabase database = collections.database();
        String scratch = collections.newSuffix(definition.collections(), "_check");
        String live = collections.activeSuffix(projection);
        RebuildProgress progress = new RebuildProgress(projection, definition.primary() + scratch, 5_000,
                Clock.systemUTC(), s -> { });
        try {
            ProjectionBuild build = new ProjectionBuild(replay, definition,
                    ActiveCollection.generation(database, definition.primary(), scratch), progress);
            build.catchUp();
            progress.phase(RebuildPhase.COMPARING, definition.primary() + live);
            List<Discrepancy> found = new ArrayList<>();
            long compared = 0;
            for (String name : definition.collections()) {
                Pair pair = new Pair(name, database.getCollection(name + scratch), database.getCollection(name + live),
                        definition.unorderedFields());
                List<Object> ids = pair.allIds();
                compared += ids.size();
                List<Discrepancy> suspects = pair.compare(ids);
                for (int round = 0; round < settleRounds && !suspects.isEmpty(); round++) {
                    LockSupport.parkNanos(settleDelay.toNanos());
                    build.catchUp();
                    suspects = pair.compare(pair.rawIds(suspects));
                }
                found.addAll(suspects);
            }
            progress.phase(RebuildPhase.COMPLETED, null);
            return new ConsistencyReport(projection, live, progress.status().position(), compared, found);
        } finally {
            collections.drop(definition.collections(), scratch);
        }
    }

    /** The scratch and the live collection of one default name. */
    private final class Pair {
        private final String name;
        private final MongoCollection<Document> rebuilt;
        private final MongoCollection<Document> live;
        private final Set<String> unordered;
        private final Map<String, Object> rawIdsByText = new LinkedHashMap<>();

        private Pair(String name, MongoCollection<Document> rebuilt, MongoCollection<Document> live,
                     Set<String> unordered) {
            this.name = name;
            this.rebuilt = rebuilt;
            this.live = live;
            this.unordered = unordered;
        }

        /** Full scans, once per check: acceptable for an offline check, never done on a hot path. */
        private List<Object> allIds() {
            Set<Object> ids = new LinkedHashSet<>();
            rebuilt.find().projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
            live.find().projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
            ids.forEach(id -> rawIdsByText.put(String.valueOf(id), id));
            return List.copyOf(ids);
        }

        private List<Object> rawIds(List<Discrepancy> discrepancies) {
            return discrepancies.stream().map(d -> rawIdsByText.get(d.id())).toList();
        }

        private List<Discrepancy> compare(List<Object> ids) {
            List<Discrepancy> out = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Object> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                Map<Object, Document> expected = byId(rebuilt, batch);
                Map<Object, Document> served = byId(live, batch);
                for (Object id : batch) {
                    Document e = expected.get(id);
                    Document s = served.get(id);
                    if (e != null && s == null) {
                        out.add(new Discrepancy(name, String.valueOf(id), Kind.MISSING, List.of()));
                    } else if (e == null && s != null) {
                        out.add(new Discrepancy(name, String.valueOf(id), Kind.EXTRA, List.of()));
                    } else if (e != null) {
                        List<String> fields = DocumentComparison.differingFields(s, e, ignoredFields, unordered);
                        if (!fields.isEmpty()) {
                            out.add(new Discrepancy(name, String.valueOf(id), Kind.DIFFERENT, fields));
                        }
                    }
                }
            }
            return out;
        }
    }

    private static Map<Object, Document> byId(MongoCollection<Document> collection, List<Object> ids) {
        Map<Object, Document> found = new LinkedHashMap<>();
        collection.find(in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
        return found;
    }
}
