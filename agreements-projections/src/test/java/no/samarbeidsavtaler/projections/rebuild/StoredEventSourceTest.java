package no.samarbeidsavtaler.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stream of the {@link StoredEventSource} holds every event committed before it was opened, also when the
 * embedded event store's cache has not fetched it yet. The cache's producer thread is held at a gate to make
 * that moment last; the first assertion shows that the embedded store's own stream then misses the event.
 */
class StoredEventSourceTest {

    private final GatedStorage storage = new GatedStorage(Thread.currentThread());
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();

    @AfterEach
    void shutDown() {
        storage.open();
        eventStore.shutDown();
    }

    @Test
    void aStreamHoldsEventsCommittedJustBeforeItWasOpened() throws Exception {
        publish(0);
        publish(1);
        TrackingToken cachedHead;
        try (BlockingStream<TrackedEventMessage<?>> tailing = eventStore.openStream(null)) {
            read(tailing, 2);
            assertThat(tailing.hasNextAvailable()).as("all read: the stream now tails the shared cache").isFalse();
            publish(2); // fetched into the cache by the producer thread, as the events live processors read are
            cachedHead = read(tailing, 1);

            storage.close();
            publish(3);

            try (BlockingStream<TrackedEventMessage<?>> cached = eventStore.openStream(cachedHead)) {
                assertThat(cached.hasNextAvailable()).as("premise: the embedded store's stream misses it").isFalse();
            }
            try (BlockingStream<TrackedEventMessage<?>> stored = new StoredEventSource(storage).openStream(cachedHead)) {
                assertThat(stored.hasNextAvailable()).isTrue();
                assertThat(stored.nextAvailable().getPayload()).isEqualTo("event 3");
                assertThat(stored.hasNextAvailable()).isFalse();
            }
        }
    }

    @Test
    void peekDoesNotConsumeAndAnExhaustedStreamSaysSo() throws Exception {
        publish(0);
        try (BlockingStream<TrackedEventMessage<?>> stream = new StoredEventSource(storage).openStream(null)) {
            assertThat(stream.peek()).hasValueSatisfying(e -> assertThat(e.getPayload()).isEqualTo("event 0"));
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event 0");
            assertThat(stream.peek()).isEmpty();
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();
        }
    }

    private void publish(long sequence) {
        eventStore.publish(new GenericDomainEventMessage<>("Agreement", "a-1", sequence, "event " + sequence));
    }

    /**
     * Reads {@code count} events, waiting up to 10 s for each, and returns the last one's token. It asks again
     * every 100 ms, as a processor does: a stream tailing the embedded store's cache checks for the next event and
     * then waits for the producer's signal, and a signal sent between the two is lost (Axon 4.12
     * {@code EmbeddedEventStore.EventConsumer.peekGlobalStream}); one long wait then ran out under load.
     */
    private static TrackingToken read(BlockingStream<TrackedEventMessage<?>> stream, int count) throws Exception {
        TrackingToken token = null;
        for (int i = 0; i < count; i++) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                assertThat(System.nanoTime()).as("event %d of %d", i + 1, count).isLessThan(deadline);
            }
            token = stream.nextAvailable().trackingToken();
        }
        return token;
    }

    /**
     * An in-memory engine whose reads from other threads than the test's wait while the gate is closed. Their
     * results are copied at once: the engine's own stream is a live view that could show a later event.
     */
    private static final class GatedStorage extends InMemoryEventStorageEngine {

        private final Thread owner;
        private volatile CountDownLatch gate;

        GatedStorage(Thread owner) {
            this.owner = owner;
        }

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            CountDownLatch current = gate;
            if (current != null) {
                current.countDown();
            }
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            CountDownLatch current = gate;
            if (current != null && Thread.currentThread() != owner) {
                try {
                    current.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (Thread.currentThread() == owner) {
                return super.readEvents(token, mayBlock);
            }
            return super.readEvents(token, mayBlock).toList().stream();
        }
    }
}
