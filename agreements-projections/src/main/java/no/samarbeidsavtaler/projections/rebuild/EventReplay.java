package no.samarbeidsavtaler.projections.rebuild;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Feeds the events stored after a token to a consumer until nothing more is available right now. The
 * token of the last event read is the resume point: for a gap-aware token it remembers positions not
 * visible yet, so a later pass from it still delivers an event inserted late. "Available" must mean
 * "stored": the source is a {@link StoredEventSource}, not the event store's cached streams.
 */
final class EventReplay {

    interface Consumer {
        void accept(TrackedEventMessage<?> event) throws Exception;
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> source;

    EventReplay(StreamableMessageSource<TrackedEventMessage<?>> source) {
        this.source = source;
    }

    TrackingToken head() {
        return source.createHeadToken();
    }

    /** Feeds what is available after {@code from} (null: from the beginning); returns the new resume point. */
    TrackingToken replay(TrackingToken from, Consumer consumer, RebuildProgress progress) throws Exception {
        TrackingToken token = from;
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(from)) {
            while (stream.hasNextAvailable()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("Rebuild interrupted");
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                consumer.accept(event);
                token = event.trackingToken();
                progress.eventDone(token);
            }
        }
        return token;
    }
}
