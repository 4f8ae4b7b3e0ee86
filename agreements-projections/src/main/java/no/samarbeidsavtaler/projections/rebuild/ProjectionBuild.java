package no.samarbeidsavtaler.projections.rebuild;

import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import no.samarbeidsavtaler.projections.batch.VersionFence;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * One instance of a projection writing to one new (or scratch) generation of collections, fed from the
 * event store. The first {@link #catchUp()} applies all of history (through the projection's bulk build
 * when it has one); each later one applies what arrived since through its live handlers. Handler writes
 * through the {@link ActiveCollection} go out as bulk writes ({@link WriteBehindGeneration}).
 */
final class ProjectionBuild {

    private static final int MAX_ATTEMPTS = 10;

    private final EventReplay replay;
    private final RebuildableProjection projection;
    private final ActiveCollection target;
    private final WriteBehindGeneration writes;
    private final EventMessageHandler handler;
    private final RebuildProgress progress;
    private TrackingToken token;
    private boolean started;

    ProjectionBuild(EventReplay replay, RebuildableProjection projection, ActiveCollection target,
                    RebuildProgress progress) {
        this.replay = replay;
        this.projection = projection;
        this.target = target;
        this.progress = progress;
        this.writes = new WriteBehindGeneration(target);
        this.handler = new AnnotationEventHandlerAdapter(projection.handlers().apply(writes));
        progress.headPosition(replay.head());
    }

    void catchUp() throws Exception {
        if (!started && projection.bulkBuild() != null) {
            started = true;
            BulkBuild bulk = projection.bulkBuild().apply(target);
            token = replay.replay(token, bulk::accept, progress);
            bulk.finish();
            return;
        }
        started = true;
        token = replay.replay(token, event -> {
            if (handler.canHandle(event)) {
                handle(event);
            }
        }, progress);
        writes.flush();
    }

    /**
     * After the switch the live processors write to the same generation as this build's last catch-up, and
     * their writes and ours are fenced on the versions read ({@link VersionFence}). Losing to a live write only
     * means that this event's document moved on meanwhile: handling the event again reads it anew, and the
     * handlers' sequence guards make that safe.
     */
    private void handle(EventMessage<?> event) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(event);
                return;
            } catch (StaleProjectionWriteException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    TrackingToken token() {
        return token;
    }
}
