package no.samarbeidsavtaler.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The national benchmark (docs/benchmarks.md): one registry on the durable embedded store, grown through the
 * HTTP API to each scale of {@code -Dbench.scale} (cumulative, e.g. 1,10), and at each scale the command,
 * query, rebuild and heap figures beside the limits of the same store and server.
 */
@Tag("bench")
class NationalRegistryBenchmark {

    static final String USER = "bench";
    static final String PASSWORD = "bench";
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    /**
     * Questions per kind and scale: a sustained load of 10–20 s. With 2,000 the phase lasted 1–2 s, right after the
     * writes, while the JIT compilers still took a fifth of the CPU.
     */
    static final int QUERIES = Integer.getInteger("bench.queries", 20_000);
    /**
     * Single-cell questions asked right after the writes (and the read side's catch-up), before the compilers are
     * waited for: what a node answers during and just after a burst of writes, reported without a target.
     */
    static final int FIRST_QUESTIONS = 2_000;
    /**
     * After those, the measured questions wait (at most this long, {@code -Dbench.querySettleSeconds}) for the JIT
     * compilers to go idle. Why: on two cores one C2 thread lags the write burst by seconds to minutes, and a JFR
     * recording of the ×1 single-cell phase showed it compiling the command paths the writes had queued (e.g.
     * {@code FrameworkServlet.doPost}) for the whole phase; with no GC at all (Epsilon) the ×1 p99 stayed as high,
     * so that CPU, not the pauses, decided it. 0 = no wait (the measurement before the sixth session).
     */
    static final int QUERY_SETTLE_SECONDS = Integer.getInteger("bench.querySettleSeconds", 60);
    // As many as single-cell questions: with 400, one GC pause of the 8 requests in flight decided p99 (docs/benchmarks.md).
    static final int MATRICES = Integer.getInteger("bench.matrices", 20_000);
    static final String HELSE_FONNA = "983974694";

    @Test
    void nationalRegistry() throws Exception {
        int[] scales = Arrays.stream(System.getProperty("bench.scale", "1,10").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        Path out = outputDirectory();
        Path store = out.resolve("store-" + System.currentTimeMillis());
        Files.createDirectories(store);
        BenchReport report = new BenchReport();
        report.context.put("date", Instant.now().toString());
        report.context.put("scales", Arrays.toString(scales));
        report.context.put("clients", CLIENTS);
        report.context.put("cpus", Runtime.getRuntime().availableProcessors());
        report.context.put("loadAverageAtStart", BenchReport.Load.average());

        long t0 = System.nanoTime();
        try {
            run(scales, store, out, report, t0);
        } finally {
            // The H2 file grows by far more than the events (dead chunks of commit-per-write): keep it only on request.
            if (!Boolean.getBoolean("bench.keepStore")) {
                deleteRecursively(store);
            }
            report.write(out);
            System.out.println(report.markdown());
            System.out.println("[bench] written to " + out.resolve("results.json") + " and results.md");
        }
    }

    private void run(int[] scales, Path store, Path out, BenchReport report, long t0) throws Exception {
        String[] args = {"--agreements.security.users-file=file:" + usersFile(out), "--logging.level.root=WARN",
                "--logging.level.org.axonframework=WARN"};
        String auth = HttpLoad.basic(USER, PASSWORD);
        // JIT warm-up on a scratch store that is thrown away, so the measured store holds exactly the plan; with
        // -Dbench.warmupInMeasuredStore=true it runs on the measured registry instead (its agreements stay there).
        boolean inMeasuredStore = Boolean.getBoolean("bench.warmupInMeasuredStore");
        long restart = t0;
        if (!inMeasuredStore) {
            Path scratch = out.resolve("warm-up-" + System.currentTimeMillis());
            try (RunningRegistry warm = RunningRegistry.start(scratch, args)) {
                report.add("1", "startup (in-process, cold JVM classes)", "s", (System.nanoTime() - t0) / 1e9, 10.0,
                        false, null, null);
                warmUp(warm.bean(PartyCatalogue.class), new HttpLoad(warm.baseUrl(), CLIENTS), auth, report);
            } finally {
                deleteRecursively(scratch);
            }
            restart = System.nanoTime();
        }
        try (RunningRegistry registry = RunningRegistry.start(store, args)) {
            report.add("1", inMeasuredStore ? "startup (in-process, cold JVM classes)"
                    : "startup on a new store (in-process, warm JVM)", "s", (System.nanoTime() - restart) / 1e9,
                    10.0, false, null, null);
            if (inMeasuredStore) {
                warmUp(registry.bean(PartyCatalogue.class), new HttpLoad(registry.baseUrl(), CLIENTS), auth, report);
            }
            PartyCatalogue parties = registry.bean(PartyCatalogue.class);
            DriverLimits driver = new DriverLimits(registry.bean(MongoDatabase.class));
            HttpLoad load = new HttpLoad(registry.baseUrl(), CLIENTS);
            Queue<HttpLoad.Finished> agreements = new ConcurrentLinkedQueue<>();
            int done = 0;
            for (int scale : scales) {
                String s = String.valueOf(scale);
                List<AgreementScript> scripts = NationalRegistry.rounds(parties, done, scale);
                done = scale;
                int commands = scripts.stream().mapToInt(AgreementScript::commandCount).sum();
                System.out.printf("[bench] %s ×%d: %d agreements, %d commands%n", java.time.LocalTime.now(), scale,
                        scripts.size(), commands);

                Latencies health = load.gets(QUERIES, i -> "/actuator/health", null);
                JvmActivity beforeCommands = JvmActivity.now();
                Latencies cmd = load.commands(scripts, auth, agreements);
                JvmActivity duringCommands = JvmActivity.now().since(beforeCommands);
                load.latenciesByKind().forEach(line -> System.out.println("[bench] ×" + scale + " by kind: " + line));
                assertThat(load.errors.size()).as("command errors, e.g. " + load.errors.stream().limit(5).toList())
                        .isLessThan(1 + commands / 100);
                report.add(s, "first changes answered 404 (summary read model lagging), retried", "", load.notYetVisible.get(),
                        0.0, false, null, null);
                Latencies inserts = driver.singleInserts(driver.sampleEvents(200), Math.min(4000, commands), CLIENTS);
                report.add(s, "commands/s over HTTP (" + CLIENTS + " clients, " + cmd.count() + " commands)", "/s",
                        cmd.perSecond(), 300.0, true, inserts.perSecond(), "driver single inserts/s, " + CLIENTS + " threads");
                report.add(s, "command p50", "ms", cmd.p50Ms(), null, false, health.p50Ms(), "trivial endpoint p50");
                report.add(s, "command p99", "ms", cmd.p99Ms(), 50.0, false, health.p99Ms(), "trivial endpoint p99");
                report.add(s, "commands/s vs trivial endpoint", "/s", cmd.perSecond(), null, true, health.perSecond(),
                        "GET /actuator/health/s");
                report.add(s, "driver single insert p99", "ms", inserts.p99Ms(), null, false, null, null);
                duringCommands.report(report, s, "the commands");
                // CPU per command varies less from run to run than the latencies on a shared machine.
                report.add(s, "JVM CPU per command (app, store and clients)", "ms",
                        duringCommands.totalCpuSeconds() * 1000 / cmd.count(), null, false,
                        (duringCommands.totalCpuSeconds() - duringCommands.jitCpuSeconds()) * 1000 / cmd.count(),
                        "same without the JIT compilers");

                double caughtUp = ReadSideCatchUp.await(load, new ArrayList<>(agreements), auth);
                report.add(s, "projection catch-up after last command", "s", caughtUp, null, false, null, null);
                // Background work still queued when the queries start competes with them for the 2 cores.
                var snapshotter = (java.util.concurrent.ThreadPoolExecutor) registry.bean("snapshotExecutor",
                        java.util.concurrent.ExecutorService.class);
                report.add(s, "snapshots still queued when the queries start", "", snapshotter.getQueue().size()
                        + snapshotter.getActiveCount(), null, false, null, null);

                // The first question per trust after the writes reads and parses the trust's views again (the
                // per-node cache, TrustViewCache); measured on its own, one trust at a time, so the percentiles
                // below are those of a warm cache rather than of the few requests that fill it.
                Latencies fill = firstQuestionPerTrust(parties, load, auth);
                report.add(s, "first matrix per trust after the writes (cache fill), max of " + fill.count(), "ms",
                        fill.p99Ms(), null, false, null, null);
                List<String[]> cells = QuestionMix.cells(parties, 7);
                Latencies afterWrites = load.gets(FIRST_QUESTIONS, i -> QuestionMix.path(cells.get(i % cells.size())), auth);
                if (QUERY_SETTLE_SECONDS > 0) {
                    long t = System.nanoTime();
                    double jit = JvmActivity.awaitIdleCompilers(0.05, java.time.Duration.ofSeconds(QUERY_SETTLE_SECONDS));
                    report.add(s, "JIT compilers still busy after the writes (waited for before the measured questions, max "
                            + QUERY_SETTLE_SECONDS + " s)", "s", (System.nanoTime() - t) / 1e9, null, false, jit,
                            "compiler CPU meanwhile, s");
                }
                JvmActivity beforeQueries = JvmActivity.now();
                JvmActivity beforeSingle = JvmActivity.now();
                Latencies single = load.gets(QUERIES, i -> QuestionMix.path(cells.get(i % cells.size())), auth);
                JvmActivity afterSingle = JvmActivity.now();
                Latencies matrix = load.gets(MATRICES, i -> "/api/regions/" + HELSE_FONNA + "/matrix?validOn=2024-01-01", auth);
                JvmActivity afterMatrix = JvmActivity.now();
                afterSingle.since(beforeSingle).reportPausesAndAllocation(report, s, "the single-cell questions", single.count());
                afterMatrix.since(afterSingle).reportPausesAndAllocation(report, s, "the matrices", matrix.count());
                Latencies authHealth = load.gets(QUERIES, i -> "/actuator/health", auth);
                Latencies demoHealth = load.gets(Math.max(50, QUERIES / 10), i -> "/actuator/health",
                        HttpLoad.basic("manager", RunningRegistry.DEMO_PASSWORD));
                JvmActivity.now().since(beforeQueries).report(report, s, "the queries");
                report.add(s, "trivial endpoint p50 with bcrypt-10 Basic auth (demo user)", "ms", demoHealth.p50Ms(), null, false,
                        authHealth.p50Ms(), "same with bcrypt-4 bench user");
                report.add(s, "responsibility single cell p50", "ms", single.p50Ms(), null, false, authHealth.p50Ms(), "trivial endpoint p50, same auth");
                report.add(s, "responsibility single cell p99", "ms", single.p99Ms(), 10.0, false, authHealth.p99Ms(), "trivial endpoint p99, same auth");
                report.add(s, "responsibility single cell p99, " + FIRST_QUESTIONS + " questions right after the writes "
                        + "(compilers not waited for)", "ms", afterWrites.p99Ms(), null, false, null, null);
                report.add(s, "region matrix Helse Fonna p50", "ms", matrix.p50Ms(), null, false, authHealth.p50Ms(), "trivial endpoint p50, same auth");
                report.add(s, "region matrix Helse Fonna p99", "ms", matrix.p99Ms(), 50.0, false, authHealth.p99Ms(), "trivial endpoint p99, same auth");
                report.add(s, "region matrix Helse Fonna p99, first " + FIRST_QUESTIONS + " matrices", "ms",
                        matrix.first(FIRST_QUESTIONS).p99Ms(), null, false, null, null);
                assertThat(afterWrites.failures() + single.failures() + matrix.failures()).as("query errors " + load.errors).isZero();

                long events = driver.head();
                double cursor = driver.cursorReadPerSecond(100);
                Rebuild.Result rebuild = Rebuild.run(load, auth, "agreement-view");
                report.add(s, "rebuild agreement-view, replay to head (" + rebuild.events() + " events)", "events/s",
                        rebuild.replayEventsPerSecond(), 5000.0, true, cursor, "driver cursor read, $in batches of 100");
                report.add(s, "rebuild agreement-view, status figure (incl. fixed switch wait)", "events/s",
                        rebuild.statusEventsPerSecond(), null, true, cursor, "driver cursor read, $in batches of 100");
                report.add(s, "driver insertMany (batches of 1,000)", "docs/s",
                        driver.insertManyPerSecond(driver.sampleEvents(200), 10_000, 1000), null, true, null, null);
                report.add(s, "H2 store files on disk", "MB", directorySizeMb(store), null, false, null, null);
                report.add(s, "heap used after GC (" + events + " events stored)", "MB", heapAfterGcMb(), 512.0, false, null, null);
            }
            if (scales.length > 1) {
                String first = String.valueOf(scales[0]);
                String last = String.valueOf(scales[scales.length - 1]);
                for (String metric : List.of("commands/s over HTTP", "command p99", "responsibility single cell p99",
                        "region matrix Helse Fonna p99")) {
                    double a = report.value(first, metric);
                    double b = report.value(last, metric);
                    // Growth factor from the first to the last scale; the target is "within 1.5×" either way.
                    double growth = metric.startsWith("commands/s") ? a / b : b / a;
                    report.add(first + "→" + last, metric + ": ×" + last + " vs ×" + first + " (worse by)", "×", growth,
                            1.5, false, null, null);
                }
            }
            report.context.put("loadAverageAtEnd", BenchReport.Load.average());
            report.context.put("errors", load.errors.stream().limit(10).toList());
        }
    }

    /** Trusts whose agreements the warm-up records ({@code -Dbench.warmupTrusts}); default all of them. */
    static final int WARMUP_TRUSTS = Integer.getInteger("bench.warmupTrusts", Integer.MAX_VALUE);
    /** Rounds of agreements the warm-up records ({@code -Dbench.warmupRounds}). */
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 3);
    /** Single-cell questions per warm-up question round ({@code -Dbench.warmupQueries}); half as many health checks, a fifth as many matrices. */
    static final int WARMUP_QUERIES = Integer.getInteger("bench.warmupQueries", 2000);
    /**
     * Question rounds of the warm-up ({@code -Dbench.warmupQueryRounds}). Why 20 (about 50 s): on two cores the one C2
     * compiler thread keeps compiling the question paths for minutes of sustained questions (a fifth to a third of
     * the CPU in every round), and their p99 falls with it (sixth session: round 1 about 30 ms, round 20 about 7 ms).
     * With one round (before the sixth session) ×1's measured questions were what C2 was compiling; waiting instead
     * does not help, since idle compilers drop the queued methods as no longer hot (idle within 2–4 s).
     */
    static final int WARMUP_QUERY_ROUNDS = Integer.getInteger("bench.warmupQueryRounds", 20);
    /** After the warm-up, wait at most this long for the JIT compilers to go idle ({@code -Dbench.settleSeconds}). */
    static final int SETTLE_SECONDS = Integer.getInteger("bench.settleSeconds", 0);

    /**
     * JIT warm-up on its own registry and store in this JVM, thrown away afterwards: one round of agreements of the
     * national registry (round 99, other designations than the measured rounds), then every kind of question the
     * scales ask. Without it ×1 measured the JIT compiling the command and query paths: the first warm-up (7
     * agreements in the measured store, no single-cell questions) left ×1 at half the commands/s of ×10. The
     * warm-up's own figures are reported under "warm-up", so the cold start stays visible.
     */
    private static void warmUp(PartyCatalogue parties, HttpLoad load, String auth, BenchReport report)
            throws InterruptedException {
        List<String> trusts = parties.healthTrusts().stream().limit(WARMUP_TRUSTS)
                .map(t -> t.organisationNumber().value()).toList();
        Queue<HttpLoad.Finished> agreements = new ConcurrentLinkedQueue<>();
        // Round by round, each with its JIT share printed, to show how far the compilers are from done.
        Latencies commands = null;
        List<AgreementScript> scripts = List.of();
        for (int round = 99; round < 99 + WARMUP_ROUNDS; round++) {
            List<AgreementScript> roundScripts = NationalRegistry.rounds(parties, round, round + 1).stream()
                    .filter(a -> trusts.contains(a.healthTrust())).toList();
            JvmActivity before = JvmActivity.now();
            Latencies roundCommands = load.commands(roundScripts, auth, agreements);
            JvmActivity during = JvmActivity.now().since(before);
            System.out.printf(java.util.Locale.ROOT, "[bench] warm-up round %d: %.0f commands/s, p99 %.1f ms, JIT %.0f %% of %.1f s JVM CPU%n",
                    round - 98, roundCommands.perSecond(), roundCommands.p99Ms(),
                    100 * during.jitCpuSeconds() / during.totalCpuSeconds(), during.totalCpuSeconds());
            System.out.println("[bench] warm-up round " + (round - 98) + " CPU by thread: " + during.busiest(12));
            if (commands == null) {
                commands = roundCommands;
                scripts = roundScripts;
            }
        }
        load.byKind.clear();
        ReadSideCatchUp.await(load, new ArrayList<>(agreements), auth);
        List<String[]> cells = QuestionMix.cells(parties, 99);
        Latencies single = null;
        Latencies lastSingle = null;
        double jitShare = 0;
        for (int round = 1; round <= WARMUP_QUERY_ROUNDS; round++) {
            JvmActivity beforeQueries = JvmActivity.now();
            load.gets(WARMUP_QUERIES / 2, i -> "/actuator/health", auth);
            lastSingle = load.gets(WARMUP_QUERIES, i -> QuestionMix.path(cells.get(i % cells.size())), auth);
            load.gets(WARMUP_QUERIES / 5, i -> "/api/regions/" + HELSE_FONNA + "/matrix?validOn=2024-01-01", auth);
            JvmActivity duringQueries = JvmActivity.now().since(beforeQueries);
            jitShare = duringQueries.jitCpuSeconds() / Math.max(1e-9, duringQueries.totalCpuSeconds());
            System.out.printf(java.util.Locale.ROOT, "[bench] warm-up question round %d: single-cell p99 %.1f ms, JIT %.0f %% of %.1f s JVM CPU%n",
                    round, lastSingle.p99Ms(), 100 * jitShare, duringQueries.totalCpuSeconds());
            single = single == null ? lastSingle : single;
        }
        if (lastSingle != null) {
            report.add("warm-up", "responsibility single cell p99, question round " + WARMUP_QUERY_ROUNDS + " of "
                    + WARMUP_QUERY_ROUNDS + " (" + lastSingle.count() + " questions)", "ms", lastSingle.p99Ms(), null, false,
                    100 * jitShare, "JIT share of the CPU in that round, %");
        }
        if (SETTLE_SECONDS > 0) {
            long t = System.nanoTime();
            double jit = JvmActivity.awaitIdleCompilers(0.05, java.time.Duration.ofSeconds(SETTLE_SECONDS));
            report.add("warm-up", "idle wait for the JIT compilers to finish (max " + SETTLE_SECONDS + " s)", "s",
                    (System.nanoTime() - t) / 1e9, null, false, jit, "compiler CPU meanwhile, s");
        }
        report.add("warm-up", "commands/s (first round: " + scripts.size() + " agreements, " + commands.count() + " commands, cold JIT)",
                "/s", commands.perSecond(), null, true, null, null);
        report.add("warm-up", "command p99 (cold JIT)", "ms", commands.p99Ms(), null, false, null, null);
        if (single != null) {
            report.add("warm-up", "responsibility single cell p99, question round 1 (" + single.count() + " questions, cold JIT)",
                    "ms", single.p99Ms(), null, false, null, null);
        }
        System.out.printf("[bench] warm-up: %d agreements, errors %d%n", scripts.size(), load.errors.size());
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Latencies firstQuestionPerTrust(PartyCatalogue parties, HttpLoad load, String auth) {
        List<String> trusts = parties.healthTrusts().stream().map(t -> t.organisationNumber())
                .filter(orgnr -> !parties.catchmentArea(orgnr).isEmpty()).map(orgnr -> orgnr.value()).toList();
        long[] nanos = new long[trusts.size()];
        int failures = 0;
        long wall = System.nanoTime();
        for (int i = 0; i < trusts.size(); i++) {
            long t = System.nanoTime();
            var answer = load.once("GET", "/api/regions/" + trusts.get(i) + "/matrix?validOn=2024-01-01", auth);
            nanos[i] = System.nanoTime() - t;
            failures += answer == null || answer.statusCode() != 200 ? 1 : 0;
        }
        return Latencies.of(nanos, System.nanoTime() - wall, failures);
    }

    static double directorySizeMb(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024.0 / 1024.0;
        }
    }

    static double heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    /** A national secretary who may also administer (rebuilds); bcrypt cost 4, see docs/benchmarks.md. */
    static Path usersFile(Path dir) throws Exception {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        Path file = dir.resolve("bench-users.yml");
        Files.writeString(file, """
                users:
                  - username: %s
                    passwordHash: "%s"
                    roles: [SECRETARY, ADMIN]
                    regions: ["Helse Sør-Øst RHF", "Helse Vest RHF", "Helse Midt-Norge RHF", "Helse Nord RHF"]
                """.formatted(USER, hash));
        return file;
    }

    /** {@code <build dir>/bench}: next to test-classes, so -Dbuild.dirName is respected. */
    static Path outputDirectory() throws Exception {
        Path classes = Path.of(NationalRegistryBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.getParent().resolve("bench");
        Files.createDirectories(dir);
        return dir;
    }
}
