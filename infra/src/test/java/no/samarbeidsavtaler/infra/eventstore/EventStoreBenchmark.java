package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Append and load cost on a near-empty store and at 100,000 events, memory and H2 file backends. Prints a
 * markdown table (ADR 0002). Excluded from the normal build by its tag; run it with
 * <pre>./mvnw -q -B -o -pl infra test -Pbench -Dtest=EventStoreBenchmark</pre>
 * or as a main class (exec-maven-plugin, see the ADR).
 * No timed assertions: the figures are for reading, on a shared 2-core machine.
 */
@Tag("bench")
public class EventStoreBenchmark {

    private static final int STORE_SIZE = Integer.getInteger("bench.events", 100_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 500);
    private static final int LOAD_AGGREGATES = 50;
    private static final int PRELOAD_BATCH = 10_000;

    @Test
    void appendAndLoadStayFlatAsTheStoreGrows() throws Exception {
        System.out.println(run());
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new EventStoreBenchmark().run());
        System.exit(0); // Axon's and the driver's background threads must not keep the JVM alive
    }

    String run() throws Exception {
        StringBuilder table = new StringBuilder("| backend | stored events | append 2 events p50 / p99 (ms) "
                + "| append 1 event to an existing stream p50 / p99 (ms) "
                + "| load 20 events p50 / p99 (ms) | tracking batch of 100 p50 / p99 (ms) "
                + "| of which previous-hash read p50 / p99 (ms) | of which hashing one event p50 / p99 (ms) |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        try (TestMongo memory = TestMongo.inMemory()) {
            measure(memory.database(), "memory", table);
        }
        Path directory = Files.createDirectories(Path.of("target", "bench"));
        Path file = directory.resolve("eventstore-" + System.currentTimeMillis() + ".mv.db");
        try (TestMongo h2 = TestMongo.h2(file)) {
            measure(h2.database(), "H2 file", table);
        } finally {
            Files.deleteIfExists(file);
        }
        return table.toString();
    }

    private void measure(MongoDatabase database, String backend, StringBuilder table) {
        MongoEventStorageEngine engine = builder(database, Clock.systemUTC()).batchSize(100).build();
        engine.ensureIndexes();
        List<String> loadable = createAggregates(engine, "warm");
        sample(database, engine, loadable, "warm"); // warm-up, discarded
        loadable = createAggregates(engine, "near-empty");
        table.append(row(backend, engine, sample(database, engine, loadable, "near-empty")));
        preload(database, engine, STORE_SIZE);
        loadable = createAggregates(engine, "full");
        table.append(row(backend, engine, sample(database, engine, loadable, "full")));
    }

    private static List<String> createAggregates(MongoEventStorageEngine engine, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LOAD_AGGREGATES; i++) {
            String id = prefix + "-" + i;
            engine.appendEvents(events(id, 0, 20));
            ids.add(id);
        }
        return ids;
    }

    private static long[][] sample(MongoDatabase database, MongoEventStorageEngine engine, List<String> loadable,
                                   String prefix) {
        long[] appends = time(i -> engine.appendEvents(events("bench-" + UUID.randomUUID(), 0, 2)));
        // Appending to an existing stream (sequence > 0) is the case that reads the previous event's hash.
        List<String> growing = new ArrayList<>();
        for (int i = 0; i < LOAD_AGGREGATES; i++) {
            growing.add(prefix + "-growing-" + i);
            engine.appendEvents(event(growing.get(i), 0));
        }
        long[] continuations = time(i -> engine.appendEvents(
                event(growing.get(i % LOAD_AGGREGATES), 1 + i / LOAD_AGGREGATES)));
        long[] loads = time(i -> {
            if (engine.readEvents(loadable.get(i % loadable.size())).asStream().count() != 20) {
                throw new IllegalStateException("aggregate not fully loaded");
            }
        });
        long highest = engine.highestAllocatedPosition();
        long[] batches = time(i -> {
            long from = (long) (Math.random() * Math.max(1, highest - 200));
            try (var stream = engine.readEvents(new GapAwareTrackingToken(from, List.of()), false)) {
                stream.limit(100).count();
            }
        });
        // The two parts of the append that ADR 0003 added, timed on their own (less noisy than the difference).
        EventChain chain = new EventChain(eventsCollection(database));
        long[] previousHashReads = time(i -> chain.previousHash(growing.get(i % LOAD_AGGREGATES), 1));
        BsonDocument typical = eventsCollection(database).find().first();
        long[] hashing = time(i -> DocumentHash.of(typical));
        return new long[][] {appends, continuations, loads, batches, previousHashReads, hashing};
    }

    private static long[] time(IntConsumer action) {
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            action.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /**
     * Realistic documents in the engine's own format (hash-linked), 20 events per aggregate, raw insertMany of
     * 10,000.
     */
    private static void preload(MongoDatabase database, MongoEventStorageEngine engine, int target) {
        SerializedEvent template = SerializedEvent.of(event("template", 0), serializer());
        PositionAllocator allocator = new PositionAllocator(builder(database, Clock.systemUTC()).settings());
        long start = System.nanoTime();
        int aggregate = 0;
        String previousHash = DocumentHash.GENESIS; // hash-linked like appended events (ADR 0003)
        while (engine.highestAllocatedPosition() < target) {
            Allocation allocation = allocator.allocate(PRELOAD_BATCH);
            List<BsonDocument> documents = new ArrayList<>(PRELOAD_BATCH);
            for (int i = 0; i < PRELOAD_BATCH; i++) {
                int sequence = i % 20;
                if (sequence == 0) {
                    aggregate++;
                }
                SerializedEvent event = new SerializedEvent(AGGREGATE_TYPE, "preload-" + aggregate, (long) sequence,
                        UUID.randomUUID().toString(), template.timestamp(), template.payloadType(),
                        template.payloadRevision(), template.payload(), template.metaData());
                BsonDocument document = event.toEventDocument(allocation.first() + i, allocation.allocatedAt(), sequence);
                EventChain.link(List.of(document), previousHash);
                previousHash = sequence == 19 ? DocumentHash.GENESIS : document.getString(EventFields.HASH).getValue();
                documents.add(document);
            }
            eventsCollection(database).insertMany(documents, new InsertManyOptions().ordered(false));
        }
        System.out.printf("preloaded to %,d events in %.1f s%n", engine.highestAllocatedPosition(),
                (System.nanoTime() - start) / 1e9);
    }

    private static String row(String backend, MongoEventStorageEngine engine, long[][] samples) {
        return String.format("| %s | %,d | %s | %s | %s | %s | %s | %s |%n", backend, engine.highestAllocatedPosition(),
                percentiles(samples[0]), percentiles(samples[1]), percentiles(samples[2]), percentiles(samples[3]),
                percentiles(samples[4]), percentiles(samples[5]));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        return p50 < 0.1 ? String.format("%.3f / %.3f", p50, p99) : String.format("%.2f / %.2f", p50, p99);
    }
}
