package no.samarbeidsavtaler.projections.rebuild;

import java.time.Instant;

/**
 * Progress of the latest rebuild of one projection, answer to {@link FindRebuildStatus}.
 *
 * @param eventsDone       events read from the store and applied (or skipped as not handled) so far
 * @param eventsPerSecond  eventsDone divided by the time since the start
 * @param position         global position of the last event applied, when the token has one
 * @param headPosition     the store's head when the rebuild started: with {@code position}, a rough "how far"
 * @param previousCollection the collection that served before the switch (kept until the next rebuild)
 * @param error            why it failed, when {@code phase} is FAILED
 */
public record RebuildStatus(String projection,
                            RebuildPhase phase,
                            String targetCollection,
                            String previousCollection,
                            long eventsDone,
                            double eventsPerSecond,
                            Long position,
                            Long headPosition,
                            Instant startedAt,
                            Instant finishedAt,
                            String error) {

    public boolean running() {
        return phase != RebuildPhase.COMPLETED && phase != RebuildPhase.FAILED;
    }
}
