package no.samarbeidsavtaler.projections.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the events of one rebuild, logs every {@code logEvery} events, and publishes a
 * {@link RebuildStatus} snapshot to a listener (which stores it) on each log line and phase change.
 * Written by the rebuild thread only; read by status queries from any thread.
 */
final class RebuildProgress {

    private static final Logger log = LoggerFactory.getLogger(RebuildProgress.class);

    private final String projection;
    private final String targetCollection;
    private final int logEvery;
    private final Clock clock;
    private final Consumer<RebuildStatus> listener;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private volatile RebuildPhase phase = RebuildPhase.BUILDING;
    private volatile long eventsDone;
    private volatile Long position;
    private volatile Long headPosition;
    private volatile String previousCollection;
    private volatile Instant finishedAt;
    private volatile String error;

    RebuildProgress(String projection, String targetCollection, int logEvery, Clock clock,
                    Consumer<RebuildStatus> listener) {
        this.projection = projection;
        this.targetCollection = targetCollection;
        this.logEvery = logEvery;
        this.clock = clock;
        this.listener = listener;
        this.startedAt = clock.instant();
    }

    void headPosition(TrackingToken head) {
        this.headPosition = positionOf(head);
    }

    void eventDone(TrackingToken token) {
        long done = eventsDone + 1;
        eventsDone = done;
        position = positionOf(token);
        if (done % logEvery == 0) {
            RebuildStatus status = status();
            log.info("Rebuild of {} into {}: {} events, {} events/s, position {} of ~{}", projection,
                    targetCollection, done, Math.round(status.eventsPerSecond()), position, headPosition);
            publish(status);
        }
    }

    void phase(RebuildPhase next, String previous) {
        this.phase = next;
        if (previous != null) {
            this.previousCollection = previous;
        }
        if (next == RebuildPhase.COMPLETED || next == RebuildPhase.FAILED) {
            finishedAt = clock.instant();
        }
        RebuildStatus status = status();
        log.info("Rebuild of {} into {}: {} after {} events ({} events/s)", projection, targetCollection, next,
                status.eventsDone(), Math.round(status.eventsPerSecond()));
        publish(status);
    }

    /** Storing the status is best effort: failing to store it must not fail (or un-complete) the rebuild. */
    private void publish(RebuildStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            log.warn("Could not store the rebuild status of {}: {}", projection, e.toString());
        }
    }

    void failed(Exception cause) {
        this.error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        log.error("Rebuild of {} into {} failed", projection, targetCollection, cause);
        phase(RebuildPhase.FAILED, null);
    }

    RebuildStatus status() {
        long done = eventsDone;
        double seconds = Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
        return new RebuildStatus(projection, phase, targetCollection, previousCollection, done,
                seconds > 0 ? done / seconds : 0, position, headPosition, startedAt, finishedAt, error);
    }

    private static Long positionOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        var position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
