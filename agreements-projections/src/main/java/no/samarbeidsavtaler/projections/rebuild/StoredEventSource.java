package no.samarbeidsavtaler.projections.rebuild;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The stored events, read from the storage engine itself: every stream sees all events committed before it
 * was opened. That is what a rebuild's catch-up and the consistency check rely on.
 *
 * <p>Why not Axon's {@code EmbeddedEventStore}: a stream opened at a token that its shared cache holds is
 * served from that cache, and the cache is filled by a producer thread after each commit. A pass asking what
 * is available right now could then miss events committed just before it: the CI run of 2026-11-24 05:14
 * lost both events a test stored before the rebuild's last two catch-ups (8 in 300 repetitions under load).
 */
public final class StoredEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine storage;

    public StoredEventSource(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new StoredEvents(storage.readEvents(trackingToken, false));
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /** A finite stream of what was stored when it was opened; it never waits, so timeouts are ignored. */
    private static final class StoredEvents implements BlockingStream<TrackedEventMessage<?>> {

        private final Stream<? extends TrackedEventMessage<?>> events;
        private final Iterator<? extends TrackedEventMessage<?>> iterator;
        private TrackedEventMessage<?> peeked;

        StoredEvents(Stream<? extends TrackedEventMessage<?>> events) {
            this.events = events;
            this.iterator = events.iterator();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (peeked == null && iterator.hasNext()) {
                peeked = iterator.next();
            }
            return Optional.ofNullable(peeked);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return peek().isPresent();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            TrackedEventMessage<?> next = peek().orElseThrow(NoSuchElementException::new);
            peeked = null;
            return next;
        }

        @Override
        public void close() {
            events.close();
        }
    }
}
