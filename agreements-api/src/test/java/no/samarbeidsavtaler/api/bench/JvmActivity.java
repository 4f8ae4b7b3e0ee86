package no.samarbeidsavtaler.api.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU the JVM spent during a phase of the benchmark, split into the JIT compilers, the garbage collector
 * and everything else (the app, the embedded server and the clients). On two cores the first two take CPU from
 * the requests, so a phase whose figures are off is first checked against them: a phase that still compiles its
 * code paths measures the JIT, not the steady state.
 *
 * <p>Read from Linux's {@code /proc/self/task/<tid>/stat} by thread name, because the compiler and GC threads are
 * not Java threads (the MXBeans only give their elapsed compile time, which on a loaded machine includes waiting
 * for a core). A thread that ends within the phase loses its share; elsewhere than Linux every figure is 0.
 *
 * <p>Also the collectors' pauses (count and elapsed time, from their MXBeans: what a request in flight feels) and
 * the heap allocated per thread group: the load generator runs in this JVM, so its garbage brings the server's
 * young collections forward too, and a phase's pauses are only the server's own if the clients allocate little.
 */
record JvmActivity(double jitCpuSeconds, double gcCpuSeconds, double totalCpuSeconds,
                   Map<String, Double> byThreadGroup, long gcPauses, double gcPauseMillis,
                   Map<String, Long> allocatedByThreadGroup) {

    /** Thread groups of the load generator: its own threads and those of the JDK's HTTP client. */
    static boolean isClient(String group) {
        return group.startsWith("bench-client") || group.startsWith("HttpClient-");
    }

    /** Linux's USER_HZ, the unit of utime/stime; 100 on every platform Linux runs on today. */
    private static final double TICKS_PER_SECOND = 100.0;

    static JvmActivity now() {
        double jit = 0;
        double gc = 0;
        double total = 0;
        Map<String, Double> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // "tid (name) state ppid … utime stime …": the name may hold spaces and parentheses.
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                total += seconds;
                groups.merge(name.replaceAll("[0-9]+", "N"), seconds, Double::sum);
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    jit += seconds;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += seconds;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            groups.clear();
            jit = gc = total = 0;
        }
        long pauses = 0;
        long pauseMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            pauses += Math.max(0, collector.getCollectionCount());
            pauseMillis += Math.max(0, collector.getCollectionTime());
        }
        return new JvmActivity(jit, gc, total, groups, pauses, pauseMillis, allocationsNow());
    }

    private static Map<String, Long> allocationsNow() {
        Map<String, Long> groups = new TreeMap<>();
        if (!(ManagementFactory.getThreadMXBean() instanceof ThreadMXBean threads)) {
            return groups;
        }
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && bytes[i] >= 0) {
                groups.merge(infos[i].getThreadName().replaceAll("[0-9]+", "N"), bytes[i], Long::sum);
            }
        }
        return groups;
    }

    /**
     * Waits until the JIT compilers are idle: less than {@code idleShare} of a core over a second, or until
     * {@code max} has passed. Returns the compilers' CPU seconds meanwhile. The compilers' queue is what the
     * warm-up's load left for them; on two busy cores C2 gets a small share and can lag minutes behind.
     */
    static double awaitIdleCompilers(double idleShare, java.time.Duration max) throws InterruptedException {
        JvmActivity start = now();
        long deadline = System.nanoTime() + max.toNanos();
        JvmActivity last = start;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            JvmActivity current = now();
            double lastSecond = current.since(last).jitCpuSeconds;
            last = current;
            if (lastSecond < idleShare) {
                break;
            }
        }
        return last.since(start).jitCpuSeconds;
    }

    /** The activity from {@code before} to this one. */
    JvmActivity since(JvmActivity before) {
        Map<String, Double> groups = new TreeMap<>(byThreadGroup);
        before.byThreadGroup.forEach((group, seconds) -> groups.merge(group, -seconds, Double::sum));
        Map<String, Long> allocated = new TreeMap<>(allocatedByThreadGroup);
        // A thread that ended in between takes its bytes with it; never report a negative share.
        before.allocatedByThreadGroup.forEach((group, bytes) -> allocated.computeIfPresent(group, (g, now) -> Math.max(0, now - bytes)));
        return new JvmActivity(jitCpuSeconds - before.jitCpuSeconds, gcCpuSeconds - before.gcCpuSeconds,
                totalCpuSeconds - before.totalCpuSeconds, groups, gcPauses - before.gcPauses,
                gcPauseMillis - before.gcPauseMillis, allocated);
    }

    /** Heap allocated by the load generator's threads ({@code clients} true) or by all others, in bytes. */
    long allocatedBytes(boolean clients) {
        return allocatedByThreadGroup.entrySet().stream().filter(e -> isClient(e.getKey()) == clients)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The collectors' pauses and each side's allocation per request of a phase of {@code requests} requests. */
    void reportPausesAndAllocation(BenchReport report, String scale, String phase, long requests) {
        report.add(scale, "GC pauses during " + phase + " (" + gcPauses + " pauses)", "ms", gcPauseMillis, null, false,
                null, null);
        report.add(scale, "heap allocated per request during " + phase + ", server side", "KB",
                allocatedBytes(false) / 1024.0 / requests, null, false, allocatedBytes(true) / 1024.0 / requests,
                "load generator's share, KB");
    }

    /** The thread groups (names with digits as N) that took most CPU, e.g. "http-nio-auto-N-exec-N 9.1 s". */
    String busiest(int count) {
        return byThreadGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(count).map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Adds the phase's JIT and GC CPU, each as a share of the whole JVM's CPU in the phase. */
    void report(BenchReport report, String scale, String phase) {
        System.out.println("[bench] ×" + scale + " CPU by thread during " + phase + ": " + busiest(12));
        report.add(scale, "JIT compiler CPU during " + phase, "s", jitCpuSeconds, null, false, totalCpuSeconds,
                "JVM CPU in the phase, s");
        report.add(scale, "GC CPU during " + phase, "s", gcCpuSeconds, null, false, totalCpuSeconds,
                "JVM CPU in the phase, s");
    }
}
