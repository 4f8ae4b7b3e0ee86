package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Done means": 8 writers (several on the same aggregates, retrying conflicts by reloading), a delay
 * injected between allocation and insert, a raw tracking reader and an Axon pooled streaming processor
 * reading concurrently. Every stored event reaches each reader exactly once; every refused append left
 * nothing behind.
 */
class ConcurrentWritersAndReadersTest {

    private static final int WRITERS = 8;
    private static final int APPENDS_PER_WRITER = 40;
    private static final int SHARED_AGGREGATES = 4;

    private final Queue<String> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private TestMongo mongo;
    private MongoEventStorageEngine engine;
    private EmbeddedEventStore eventStore;
    private ExecutorService threads;

    /** The store under test; {@code RealMongoEventStoreTest} runs the same scenarios on a real MongoDB. */
    TestMongo newMongo() {
        return TestMongo.inMemory();
    }

    @BeforeEach
    void start() {
        mongo = newMongo();
        // The delay keeps positions allocated-but-invisible for a while: readers meet real gaps.
        engine = builder(mongo.database(), Clock.systemUTC())
                .appendInterceptor(allocation -> LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(3_000_000)))
                .build();
        engine.ensureIndexes();
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        threads = Executors.newFixedThreadPool(WRITERS + 1);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        eventStore.shutDown();
        mongo.close();
    }

    @Test
    void everyStoredEventReachesEachReaderExactlyOnce() throws Exception {
        Queue<String> rawReader = new ConcurrentLinkedQueue<>();
        var keepReading = new java.util.concurrent.atomic.AtomicBoolean(true);
        threads.submit(() -> readContinuously(rawReader, keepReading));
        try (ProcessorHarness processor = ProcessorHarness.start(eventStore)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.add(threads.submit(() -> write(id)));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() ->
                    new HashSet<>(rawReader).containsAll(accepted) && new HashSet<>(processor.seen()).containsAll(accepted));
            keepReading.set(false);
            System.out.printf("%d writers: %d events accepted, %d conflicts retried, %d positions allocated%n",
                    WRITERS, accepted.size(), conflicts.get(), engine.highestAllocatedPosition());

            assertThat(conflicts.get()).as("shared aggregates must have produced conflicts").isPositive();
            assertExactlyOnce(new ArrayList<>(rawReader));
            assertExactlyOnce(new ArrayList<>(processor.seen()));
        }
        assertStoreHoldsExactlyTheAcceptedEvents();
    }

    private void write(int writer) {
        var random = ThreadLocalRandom.current();
        for (int append = 0; append < APPENDS_PER_WRITER; append++) {
            String aggregate = random.nextBoolean()
                    ? "delt-" + random.nextInt(SHARED_AGGREGATES)
                    : "eget-" + writer + "-" + random.nextInt(3);
            while (true) { // a command handler retried on conflict: reload, decide again, append
                long next = eventStore.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                List<DomainEventMessage<?>> batch = events(aggregate, next, 1 + random.nextInt(3));
                List<String> ids = batch.stream().map(DomainEventMessage::getIdentifier).toList();
                try {
                    eventStore.publish(batch);
                    accepted.addAll(ids);
                    break;
                } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                    refused.addAll(ids);
                    conflicts.incrementAndGet();
                }
            }
        }
    }

    /** A processor-like loop over the engine: poll, and back off briefly when nothing is new. */
    private void readContinuously(Queue<String> seen, java.util.concurrent.atomic.AtomicBoolean keepReading) {
        TrackingCursor cursor = new TrackingCursor(engine, engine.createTailToken());
        while (keepReading.get()) {
            List<TrackedEventMessage<?>> events = cursor.poll();
            events.forEach(event -> seen.add(event.getIdentifier()));
            if (events.isEmpty()) {
                LockSupport.parkNanos(2_000_000); // a processor's fetch delay, not synchronisation
            }
        }
    }

    private void assertExactlyOnce(List<String> seen) {
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(accepted);
    }

    private void assertStoreHoldsExactlyTheAcceptedEvents() {
        List<String> storedIds = new ArrayList<>();
        Map<String, TreeMap<Long, String>> streams = new java.util.HashMap<>();
        for (BsonDocument document : eventsCollection(mongo.database()).find()) {
            if (document.containsKey("void")) {
                continue;
            }
            String eventId = document.getString("eventId").getValue();
            storedIds.add(eventId);
            streams.computeIfAbsent(document.getString("aggregateId").getValue(), id -> new TreeMap<>())
                    .put(document.getInt64("sequenceNumber").getValue(), eventId);
        }
        assertThat(storedIds).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(storedIds).doesNotContainAnyElementsOf(refused);
        streams.forEach((aggregate, stream) -> {
            assertThat(stream.firstKey()).isZero();
            assertThat(stream.lastKey()).isEqualTo(stream.size() - 1L);
            assertThat(engine.readEvents(aggregate).asStream().map(DomainEventMessage::getIdentifier))
                    .containsExactlyElementsOf(stream.values());
        });
    }
}
