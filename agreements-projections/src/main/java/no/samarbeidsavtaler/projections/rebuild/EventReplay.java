package no.samarbeidsavtaler.projections.rebuild;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Feeds the events stored after a token through a projection's handlers, until nothing more is
 * available right now. The token of the last event read is the resume point: for a gap-aware token
 * it remembers positions not visible yet, so a later pass from it still delivers a late insert.
 */
final class EventReplay {

    private final StreamableMessageSource<TrackedEventMessage<?>> source;

    EventReplay(StreamableMessageSource<TrackedEventMessage<?>> source) {
        this.source = source;
    }

    TrackingToken head() {
        return source.createHeadToken();
    }

    /** Applies what is available after {@code from} (null: from the beginning); returns the new resume point. */
    TrackingToken replay(TrackingToken from, EventMessageHandler handler, RebuildProgress progress) throws Exception {
        TrackingToken token = from;
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(from)) {
            while (stream.hasNextAvailable()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("Rebuild interrupted");
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
                token = event.trackingToken();
                progress.eventDone(token);
            }
        }
        return token;
    }
}
