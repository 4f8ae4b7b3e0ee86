package no.samarbeidsavtaler.api.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Concurrent HTTP clients (one java.net.http client, {@code threads} callers). Either runs agreement scripts
 * (each script on one thread, its changes chained by ETag/If-Match) or a fixed number of GETs.
 */
final class HttpLoad {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final int threads;
    final Queue<String> errors = new ConcurrentLinkedQueue<>();
    /** 404 answers to the first change of a just-registered agreement (retried). */
    final AtomicInteger notYetVisible = new AtomicInteger();
    /** Command latencies by kind ("register", "POST …/adoptions", …), to see which kind makes a tail. */
    final Map<String, Queue<Long>> byKind = new ConcurrentHashMap<>();

    HttpLoad(String baseUrl, int threads) {
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs every script; returns the latencies of all commands; {@code created} receives the agreement paths. */
    Latencies commands(List<AgreementScript> scripts, String auth, Queue<Finished> created) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return run(auth, samples -> {
            int i;
            while ((i = next.getAndIncrement()) < scripts.size()) {
                AgreementScript script = scripts.get(i);
                long t0 = System.nanoTime();
                HttpResponse<String> reg = send(post("/api/agreements", script.registration(), auth).build());
                samples.add(System.nanoTime() - t0);
                record("register", System.nanoTime() - t0);
                if (reg == null || reg.statusCode() != 201) {
                    fail("register", reg);
                    continue;
                }
                String location = reg.headers().firstValue("Location").orElseThrow();
                String path = URI.create(location).getPath();
                String etag = reg.headers().firstValue("ETag").orElseThrow();
                boolean first = true;
                for (AgreementScript.Step step : script.changes()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path + step.path()))
                            .header("Authorization", auth).header("If-Match", etag).header("Content-Type", "application/json")
                            .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(step.body())).build();
                    long t = System.nanoTime();
                    HttpResponse<String> r = send(request);
                    samples.add(System.nanoTime() - t);
                    record((first ? "first change " : "") + step.method() + " " + kindOf(step.path()), System.nanoTime() - t);
                    // The first change of a new agreement needs it in the summary read model (2 s grace in
                    // AgreementSummaries); a lagging projection answers 404. Retry like a client would, and count it.
                    for (int retry = 0; first && retry < 10 && r != null && r.statusCode() == 404; retry++) {
                        notYetVisible.incrementAndGet();
                        t = System.nanoTime();
                        r = send(request);
                        samples.add(System.nanoTime() - t);
                    }
                    first = false;
                    if (r == null || r.statusCode() != 204) {
                        fail(step.method() + " " + step.path(), r);
                        break;
                    }
                    etag = r.headers().firstValue("ETag").orElseThrow();
                }
                created.add(new Finished(path, etag));
            }
        });
    }

    private void record(String kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    /** "/versions/2/clauses/c3" → "…/clauses/{id}": the path with its ids and version numbers generalised. */
    static String kindOf(String path) {
        return path.replaceAll("/versions/\\d+", "/versions/{n}").replaceAll("/clauses/[^/]+", "/clauses/{id}");
    }

    /** p50/p99 and count per kind of command since the last call, slowest p99 first; then forgets them. */
    List<String> latenciesByKind() {
        List<String> lines = new ArrayList<>();
        byKind.entrySet().stream().map(e -> Map.entry(e.getKey(),
                        Latencies.of(e.getValue().stream().mapToLong(Long::longValue).toArray(), 1, 0)))
                .sorted((a, b) -> Double.compare(b.getValue().p99Ms(), a.getValue().p99Ms()))
                .forEach(e -> lines.add(String.format(java.util.Locale.ROOT, "%-55s n=%5d p50=%7.2f ms p99=%7.2f ms",
                        e.getKey(), e.getValue().count(), e.getValue().p50Ms(), e.getValue().p99Ms())));
        byKind.clear();
        return lines;
    }

    /** An agreement the load recorded, with its last ETag. */
    record Finished(String path, String etag) {
    }

    /** {@code total} GETs of {@code pathFor.apply(i)}; a non-200 answer counts as a failure. */
    Latencies gets(int total, IntFunction<String> pathFor, String auth) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return run(auth, samples -> {
            int i;
            while ((i = next.getAndIncrement()) < total) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathFor.apply(i))).GET();
                if (auth != null) {
                    b.header("Authorization", auth);
                }
                long t = System.nanoTime();
                HttpResponse<String> r = send(b.build(), BODY_ONLY_IF_FAILED);
                samples.add(System.nanoTime() - t);
                if (r == null || r.statusCode() != 200) {
                    fail("GET " + pathFor.apply(i), r);
                }
            }
        });
    }

    private interface Work {
        void run(LongList samples);
    }

    private Latencies run(String auth, Work work) throws InterruptedException {
        int failuresBefore = errors.size();
        List<LongList> perThread = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            LongList samples = new LongList();
            perThread.add(samples);
            Thread thread = new Thread(() -> work.run(samples), "bench-client-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        return Latencies.of(roundRobin(perThread), wall, errors.size() - failuresBefore);
    }

    /** Every thread's first request, then every thread's second, ...: close to the order they were sent in. */
    private static long[] roundRobin(List<LongList> perThread) {
        int total = perThread.stream().mapToInt(l -> l.size).sum();
        LongList all = new LongList();
        for (int i = 0; all.size < total; i++) {
            for (LongList samples : perThread) {
                if (i < samples.size) {
                    all.add(samples.values[i]);
                }
            }
        }
        return all.toArray();
    }

    /** One request outside any measurement (polling, admin). */
    HttpResponse<String> once(String method, String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.noBody());
        return send(b.build());
    }

    private HttpRequest.Builder post(String path, String json, String auth) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /**
     * A measured GET reads the whole body but keeps it only when it reports a failure. Why: the load generator
     * runs in the server's JVM, and collecting every answer into a byte array and a String was about a third of
     * all the heap allocated during the question phases (JFR); that garbage brought the young collections, which
     * pause the server's requests too, forward. The server does the same work either way.
     */
    private static final HttpResponse.BodyHandler<String> BODY_ONLY_IF_FAILED = info -> info.statusCode() == 200
            ? HttpResponse.BodySubscribers.replacing("") : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> body) {
        try {
            return http.send(request, body);
        } catch (Exception e) {
            errors.add(request.uri() + ": " + e);
            return null;
        }
    }

    private void fail(String what, HttpResponse<String> r) {
        if (r != null) {
            String body = r.body();
            errors.add(what + " → " + r.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** A growable long array: one per client thread, merged at the end (no boxing in the hot loop). */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
