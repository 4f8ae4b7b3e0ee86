package no.samarbeidsavtaler.projections.rebuild;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * One instance of a projection writing to one new (or scratch) generation of collections, fed from the
 * event store. The first {@link #catchUp()} applies all of history (through the projection's bulk build
 * when it has one); each later one applies what arrived since through its live handlers. Handler writes
 * through the {@link ActiveCollection} go out as bulk writes ({@link WriteBehindGeneration}).
 */
final class ProjectionBuild {

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
                handler.handle(event);
            }
        }, progress);
        writes.flush();
    }

    TrackingToken token() {
        return token;
    }
}
