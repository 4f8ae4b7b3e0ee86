package no.samarbeidsavtaler.api.bench;

import static no.samarbeidsavtaler.api.bench.NationalRegistryBenchmark.HELSE_FONNA;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Heap, startup and query cost with a million events stored (docs/benchmarks.md). The ×1 national registry is
 * made through the HTTP API as in {@link NationalRegistryBenchmark}; its histories are then copied under new
 * agreement ids straight into the event store ({@link EventCloner}) until {@code -Dbench.events} (default
 * 1,000,000) are stored, the projections catch up on their own, and the figures are taken, then again after a
 * restart on the same store.
 */
@Tag("bench")
class MillionEventsBenchmark {

    private static final long TARGET_EVENTS = Long.getLong("bench.events", 1_000_000L);
    private static final int APPEND_THREADS = 2;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(40);
    private static final int QUERIES = Integer.getInteger("bench.queries", 1000);
    private static final int MATRICES = Integer.getInteger("bench.matrices", 200);

    @Test
    void millionEvents() throws Exception {
        Path out = NationalRegistryBenchmark.outputDirectory().resolve("million");
        Path store = out.resolve("store-" + System.currentTimeMillis());
        Files.createDirectories(store);
        BenchReport report = new BenchReport();
        report.context.put("date", Instant.now().toString());
        report.context.put("targetEvents", TARGET_EVENTS);
        report.context.put("cpus", Runtime.getRuntime().availableProcessors());
        report.context.put("loadAverageAtStart", BenchReport.Load.average());
        String[] args = {"--agreements.security.users-file=file:" + NationalRegistryBenchmark.usersFile(out),
                "--logging.level.root=WARN", "--logging.level.org.axonframework=WARN"};
        String auth = HttpLoad.basic(NationalRegistryBenchmark.USER, NationalRegistryBenchmark.PASSWORD);
        try {
            try (RunningRegistry registry = RunningRegistry.start(store, args)) {
                fill(registry, auth, report);
                measure(registry, auth, report, store, "filled");
            }
            long t0 = System.nanoTime();
            try (RunningRegistry registry = RunningRegistry.start(store, args)) {
                report.add("1M", "startup on the filled store (same JVM, warm classes)", "s",
                        (System.nanoTime() - t0) / 1e9, 10.0, false, null, null);
                // The live processors resume from where they were stopped and skip what the rebuild applied.
                report.add("1M", "live processors caught up after restart", "s",
                        awaitProcessorsCaughtUp(registry.bean(EventProcessingConfiguration.class), CATCH_UP_TIMEOUT),
                        null, false, null, null);
                measure(registry, auth, report, store, "after restart");
            }
        } finally {
            if (!Boolean.getBoolean("bench.keepStore")) {
                try (var paths = Files.walk(store)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            report.context.put("loadAverageAtEnd", BenchReport.Load.average());
            report.write(out);
            System.out.println(report.markdown());
            System.out.println("[bench] written to " + out.resolve("results.json") + " and results.md");
        }
    }

    private void fill(RunningRegistry registry, String auth, BenchReport report) throws Exception {
        PartyCatalogue parties = registry.bean(PartyCatalogue.class);
        HttpLoad load = new HttpLoad(registry.baseUrl(), NationalRegistryBenchmark.CLIENTS);
        Queue<HttpLoad.Finished> made = new ConcurrentLinkedQueue<>();
        load.commands(NationalRegistry.rounds(parties, 0, 1), auth, made);
        assertThat(load.errors).as("errors making the template registry").isEmpty();
        ReadSideCatchUp.await(load, new ArrayList<>(made), auth);

        AbstractEventStorageEngine engine = (AbstractEventStorageEngine) registry.bean(EventStorageEngine.class);
        Map<String, List<DomainEventMessage<?>>> templates = new LinkedHashMap<>();
        for (HttpLoad.Finished agreement : made) {
            String id = agreement.path().substring(agreement.path().lastIndexOf('/') + 1);
            templates.put(id, engine.readEvents(id).asStream().<DomainEventMessage<?>>map(e -> e).toList());
        }
        EventCloner cloner = new EventCloner(engine.getEventSerializer(), templates);
        DriverLimits driver = new DriverLimits(registry.bean(MongoDatabase.class));
        int rounds = (int) Math.max(0, (TARGET_EVENTS - driver.head() + cloner.eventsPerRound() - 1) / cloner.eventsPerRound());
        System.out.printf("[bench] 1M: %d template agreements, %d events per copy, %d copies%n",
                templates.size(), cloner.eventsPerRound(), rounds);

        // Appended with the live projections stopped, then built by the rebuild (bulk) path: projecting a
        // million events one by one would take the live handlers about half an hour on this machine.
        EventProcessingConfiguration processing = registry.bean(EventProcessingConfiguration.class);
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        AtomicInteger next = new AtomicInteger(1);
        long t0 = System.nanoTime();
        ExecutorService appenders = Executors.newFixedThreadPool(APPEND_THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < APPEND_THREADS; t++) {
            done.add(appenders.submit(() -> {
                int round;
                while ((round = next.getAndIncrement()) <= rounds) {
                    cloner.round(round).forEach(copy -> engine.appendEvents(copy.events()));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        appenders.shutdown();
        double appendSeconds = (System.nanoTime() - t0) / 1e9;
        long stored = driver.head();
        report.add("1M", "events stored", "", stored, null, true, null, null);
        report.add("1M", "direct appends, " + APPEND_THREADS + " threads, projections stopped", "events/s",
                (stored - cloner.eventsPerRound()) / appendSeconds, null, true, null, null);
        for (String projection : List.of("agreement-view", "agreement-summary")) {
            Rebuild.Result rebuilt = Rebuild.run(load, auth, projection);
            report.add("1M", "rebuild " + projection + ", replay to head (" + rebuilt.events() + " events)", "events/s",
                    rebuilt.replayEventsPerSecond(), 5000.0, true, null, null);
        }
    }

    /** Until every streaming processor has reached the end of the event stream once (or the timeout). */
    static double awaitProcessorsCaughtUp(EventProcessingConfiguration processing, Duration timeout) {
        long start = System.nanoTime();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            while (streaming.processingStatus().isEmpty()
                    || !streaming.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
                assertThat(System.nanoTime() - start).as(processor.getName() + " caught up").isLessThan(timeout.toNanos());
                LockSupport.parkNanos(200_000_000L);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void measure(RunningRegistry registry, String auth, BenchReport report, Path store, String when)
            throws Exception {
        HttpLoad load = new HttpLoad(registry.baseUrl(), NationalRegistryBenchmark.CLIENTS);
        PartyCatalogue parties = registry.bean(PartyCatalogue.class);
        Latencies fill = NationalRegistryBenchmark.firstQuestionPerTrust(parties, load, auth);
        report.add("1M", when + ": first matrix per trust (cache fill), max of " + fill.count(), "ms", fill.p99Ms(),
                null, false, null, null);
        List<String[]> cells = QuestionMix.cells(parties, 7);
        Latencies health = load.gets(QUERIES, i -> "/actuator/health", auth);
        Latencies single = load.gets(QUERIES, i -> QuestionMix.path(cells.get(i % cells.size())), auth);
        Latencies matrix = load.gets(MATRICES, i -> "/api/regions/" + HELSE_FONNA + "/matrix?validOn=2024-01-01", auth);
        assertThat(single.failures() + matrix.failures()).as("query errors " + load.errors).isZero();
        report.add("1M", when + ": responsibility single cell p50", "ms", single.p50Ms(), null, false, health.p50Ms(), "trivial endpoint p50, same auth");
        report.add("1M", when + ": responsibility single cell p99", "ms", single.p99Ms(), 10.0, false, health.p99Ms(), "trivial endpoint p99, same auth");
        report.add("1M", when + ": region matrix Helse Fonna p50", "ms", matrix.p50Ms(), null, false, health.p50Ms(), "trivial endpoint p50, same auth");
        report.add("1M", when + ": region matrix Helse Fonna p99", "ms", matrix.p99Ms(), 50.0, false, health.p99Ms(), "trivial endpoint p99, same auth");
        report.add("1M", when + ": H2 store files on disk", "MB", NationalRegistryBenchmark.directorySizeMb(store), null, false, null, null);
        report.add("1M", when + ": heap used after GC", "MB", NationalRegistryBenchmark.heapAfterGcMb(), 512.0, false, null, null);
    }
}
