package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Rebuilds a Mongo projection from the event store while the live one keeps serving: builds new
 * collections {@code <default>__<UTC timestamp>} with the projection's own handlers, catches up, switches
 * the active suffix (compare-and-set in {@code projection_meta}), catches up again once every node's
 * handle has seen the switch. The generation that served until then is kept (a rollback, and harmless
 * for a reader still wired to fixed names); the one before it is dropped.
 *
 * <p>Why nothing is lost: every event the live processors handle was stored before they handle it.
 * Until a node sees the switch it may write an event to the old collection only; the last catch-up
 * starts after all nodes have seen the switch, so it reads every such event and applies it to the new
 * one. Events applied twice change nothing (the handlers are guarded by sequence number).
 */
public class ProjectionRebuilder implements AutoCloseable {

    private final EventReplay replay;
    private final ProjectionCollections collections;
    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();
    private final RebuildSettings settings;
    private final ConcurrentMap<String, RebuildProgress> latest = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    /** Reads the events from {@code storage} itself (see {@link StoredEventSource} for why not the event store). */
    public ProjectionRebuilder(EventStorageEngine storage, ProjectionCollections collections,
                               List<RebuildableProjection> projections) {
        this(storage, collections, projections, RebuildSettings.defaults());
    }

    public ProjectionRebuilder(EventStorageEngine storage, ProjectionCollections collections,
                               List<RebuildableProjection> projections, RebuildSettings settings) {
        this(new StoredEventSource(storage), collections, projections, settings);
    }

    /** For tests that interleave commands with the rebuild's passes. */
    ProjectionRebuilder(StreamableMessageSource<TrackedEventMessage<?>> events, ProjectionCollections collections,
                        List<RebuildableProjection> projections, RebuildSettings settings) {
        this.replay = new EventReplay(events);
        this.collections = collections;
        this.settings = settings;
        projections.forEach(p -> this.projections.put(p.name(), p));
    }

    public Set<String> projectionNames() {
        return projections.keySet();
    }

    /** Starts a rebuild in the background and returns its first status; refuses a second concurrent one. */
    public RebuildStatus start(String projection) {
        RebuildProgress progress = claim(projection);
        executor.execute(() -> run(projections.get(projection), progress));
        return progress.status();
    }

    /** Rebuilds and returns when done (COMPLETED or FAILED). */
    public RebuildStatus rebuild(String projection) {
        RebuildProgress progress = claim(projection);
        run(projections.get(projection), progress);
        return progress.status();
    }

    public Optional<RebuildStatus> status(String projection) {
        RebuildProgress progress = latest.get(projection);
        if (progress != null) {
            return Optional.of(progress.status());
        }
        return collections.metaDocument(projection)
                .map(d -> d.get(ProjectionCollections.REBUILD, org.bson.Document.class))
                .map(d -> RebuildStatusDocuments.fromDocument(projection, d));
    }

    @QueryHandler
    public Optional<RebuildStatus> handle(FindRebuildStatus query) {
        return status(query.projection());
    }

    private synchronized RebuildProgress claim(String projection) {
        RebuildableProjection definition = projections.get(projection);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown projection " + projection + "; known: " + projections.keySet());
        }
        RebuildProgress current = latest.get(projection);
        if (current != null && current.status().running()) {
            throw new IllegalStateException("A rebuild of " + projection + " is already running");
        }
        String suffix = collections.newSuffix(definition.collections(), "");
        RebuildProgress progress = new RebuildProgress(projection, definition.primary() + suffix, settings.logEvery(),
                settings.clock(), status -> collections.saveRebuildStatus(projection,
                RebuildStatusDocuments.toDocument(status)));
        latest.put(projection, progress);
        return progress;
    }

    private void run(RebuildableProjection projection, RebuildProgress progress) {
        MongoDatabase database = collections.database();
        String suffix = progress.status().targetCollection().substring(projection.primary().length());
        boolean switched = false;
        try {
            ProjectionBuild build = new ProjectionBuild(replay, projection,
                    ActiveCollection.generation(database, projection.primary(), suffix), progress);
            build.catchUp();
            String previous = collections.activeSuffix(projection.name());
            String older = collections.previousSuffix(projection.name());
            progress.phase(RebuildPhase.CATCHING_UP, projection.primary() + previous);
            build.catchUp();
            switched = collections.switchActive(projection.name(), projection.primary(), previous, suffix);
            if (!switched) {
                throw new IllegalStateException("Another switch of " + projection.name() + " happened meanwhile");
            }
            build.catchUp();
            awaitEveryNodeSwitched();
            build.catchUp();
            if (settings.dropOlderGenerations() && older != null && !older.equals(previous)) {
                collections.drop(projection.collections(), older);
            }
            progress.phase(RebuildPhase.COMPLETED, null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!switched) {
                collections.drop(projection.collections(), suffix);
            }
            progress.failed(e);
        }
    }

    /** Other nodes re-read the active name at most every refresh interval; give them that (plus a margin). */
    private void awaitEveryNodeSwitched() throws InterruptedException {
        long deadline = System.nanoTime() + collections.refreshInterval().toNanos() * 2;
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(deadline - System.nanoTime());
            if (Thread.interrupted()) {
                throw new InterruptedException("Rebuild interrupted");
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param logEvery     progress is logged and stored every so many events
     * @param dropOlderGenerations after a switch, drop the generation that served before the previous one
     */
    public record RebuildSettings(int logEvery, boolean dropOlderGenerations, Clock clock) {

        public static RebuildSettings defaults() {
            return new RebuildSettings(5_000, true, Clock.systemUTC());
        }

        public RebuildSettings withLogEvery(int value) {
            return new RebuildSettings(value, dropOlderGenerations, clock);
        }
    }
}
