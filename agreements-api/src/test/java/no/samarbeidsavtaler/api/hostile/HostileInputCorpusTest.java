package no.samarbeidsavtaler.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.readside.HelseFonnaSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code hostile/corpus.jsonl}) against one running registry: every request
 * is refused with a 4xx {@code application/problem+json}, none adds an event, and after the whole
 * corpus every state-holding collection (events, snapshots, counters, read models) is byte-for-byte
 * what it was before.
 */
class HostileInputCorpusTest {

    private static final int MINIMUM_CORPUS_SIZE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDirectory;
    static RunningRegistry registry;
    static RawHttp http;
    static Map<String, String> digestBefore;
    static String etag;
    static final List<String> outcomes = new ArrayList<>();
    static volatile boolean bugsWrote;

    @BeforeAll
    static void startAndSeed() {
        // The integrity anchorer writes an anchor (and its counter) on a clock, not on requests: hold it off
        // for the run so any write the digest sees was caused by the corpus.
        registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false",
                "--agreements.integrity.anchor-check-interval=1h");
        http = new RawHttp(URI.create(registry.baseUrl()).getPort());
        HelseFonnaSeed.ensure(registry);
        etag = registry.as("manager").get("/api/agreements/" + HelseFonnaSeed.ID).headers().firstValue("ETag").orElseThrow();
        digestBefore = awaitSettledDigest();
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() throws IOException {
        List<HostileCase> corpus = load();
        assertThat(corpus).as("corpus size").hasSizeGreaterThanOrEqualTo(MINIMUM_CORPUS_SIZE);
        Instant started = Instant.now();
        // Known bugs run last: some of them do change the store, which must not hide what the others prove.
        Stream<DynamicTest> refused = corpus.stream().filter(c -> c.bug() == null).map(c -> DynamicTest.dynamicTest(
                c.category() + " / " + c.name(), () -> assertRefused(c)));
        Stream<DynamicTest> unchanged = Stream.of(DynamicTest.dynamicTest("store unchanged after every refused request", () ->
                assertThat(awaitSettledDigest()).isEqualTo(digestBefore)));
        Stream<DynamicTest> knownBugs = corpus.stream().filter(c -> c.bug() != null).map(c -> DynamicTest.dynamicTest(
                "[KNOWN BUG] " + c.category() + " / " + c.name() + ": " + c.bug(), () -> assertStillBroken(c)));
        Stream<DynamicTest> summary = Stream.of(DynamicTest.dynamicTest("summary; the digest sees the known bugs' writes", () -> {
            summarise(corpus, Duration.between(started, Instant.now()));
            if (bugsWrote) {
                // Proves the digest comparison above can fail: the known bugs' writes must move it.
                assertThat(StoreDigest.of(registry.bean(MongoDatabase.class))).isNotEqualTo(digestBefore);
            }
        }));
        return Stream.of(refused, unchanged, knownBugs, summary).flatMap(s -> s);
    }

    private static void assertRefused(HostileCase c) throws IOException {
        Outcome outcome = send(c);
        assertThat(outcome.eventsAdded()).as("events added by " + outcome.why()).isZero();
        if (HostileCase.HTTP_09.equals(c.expect())) {
            assertBareProblem(outcome);
            return;
        }
        assertThat(outcome.response().status()).as(outcome.why()).isBetween(400, 499);
        assertThat(outcome.response().contentType()).as(outcome.why()).startsWith("application/problem+json");
        assertThat(outcome.response().body()).as(outcome.why()).contains("\"status\":" + outcome.response().status());
    }

    /** HTTP/0.9: no status line, no headers (RawHttp reports status -1); the whole answer is a 4xx problem. */
    private static void assertBareProblem(Outcome outcome) throws IOException {
        assertThat(outcome.response().status()).as(outcome.why()).isEqualTo(-1);
        var problem = JSON.readTree(outcome.response().body().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problem.path("status").asInt()).as(outcome.why()).isBetween(400, 499);
        assertThat(problem.path("type").asText()).as(outcome.why()).startsWith("https://samarbeidsavtaler.no/problems/");
        assertThat(problem.path("title").asText()).as(outcome.why()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(outcome.why()).isNotBlank();
    }

    /** A known bug stays visible: this fails once the registry refuses the request, so the marker gets removed. */
    private static void assertStillBroken(HostileCase c) throws IOException {
        Outcome outcome = send(c);
        bugsWrote |= outcome.eventsAdded() > 0;
        assertThat(outcome.refusedCleanly()).as("fixed? remove the bug marker of " + c.name() + ": " + outcome.why()).isFalse();
    }

    record Outcome(HostileCase hostileCase, RawHttp.Response response, long eventsAdded, String why) {

        boolean refusedCleanly() {
            if (HostileCase.HTTP_09.equals(hostileCase.expect())) {
                return eventsAdded == 0 && response.status() == -1 && response.body().startsWith("{\"type\":");
            }
            return eventsAdded == 0 && response.status() >= 400 && response.status() < 500
                    && response.contentType().startsWith("application/problem+json");
        }
    }

    private static Outcome send(HostileCase c) throws IOException {
        long before = events();
        RawHttp.Response response = http.send(c.method(), fill(c.path()), headers(c), body(c), c.chunked());
        long added = events() - before;
        String why = c.method() + " " + abbreviate(c.path()) + " → " + response.status() + " " + response.contentType() + " "
                + abbreviate(response.body()) + (added == 0 ? "" : " (+" + added + " events)");
        Outcome outcome = new Outcome(c, response, added, why);
        synchronized (outcomes) {
            outcomes.add(c.category() + "\t" + response.status() + "\t" + c.name()
                    + (outcome.refusedCleanly() ? "" : "\tNOT REFUSED CLEANLY: " + why.replace('\n', ' ')));
        }
        return outcome;
    }

    private static Map<String, String> headers(HostileCase c) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.user() != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (c.user() + ":" + RunningRegistry.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (c.contentType() != null) {
            headers.put("Content-Type", c.contentType());
        }
        c.headers().forEach((name, value) -> headers.put(name, fill(value)));
        return headers;
    }

    private static byte[] body(HostileCase c) {
        if (c.generator() != null) {
            return BodyGenerators.generate(c.generator());
        }
        if (c.bodyHex() != null) {
            return HexFormat.of().parseHex(c.bodyHex());
        }
        return c.body() == null ? null : fill(c.body()).getBytes(StandardCharsets.UTF_8);
    }

    private static String fill(String template) {
        return template.replace("{id}", HelseFonnaSeed.ID).replace("{etag}", etag).replace("{trust}", HelseFonnaSeed.TRUST);
    }

    private static List<HostileCase> load() throws IOException {
        List<HostileCase> corpus = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                HostileInputCorpusTest.class.getResourceAsStream("/hostile/corpus.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("//")) {
                    corpus.add(JSON.readValue(line, HostileCase.class));
                }
            }
        }
        return corpus;
    }

    /** Stored events: any new one, in any stream, moves the count. */
    private static long events() {
        return registry.bean(MongoDatabase.class).getCollection("events").countDocuments();
    }

    /** The projections catch up asynchronously: the digest counts once two readings 200 ms apart agree. */
    private static Map<String, String> awaitSettledDigest() {
        Instant deadline = Instant.now().plusSeconds(30);
        Map<String, String> previous = StoreDigest.of(registry.bean(MongoDatabase.class));
        while (true) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            Map<String, String> current = StoreDigest.of(registry.bean(MongoDatabase.class));
            if (current.equals(previous) || Instant.now().isAfter(deadline)) {
                return current;
            }
            previous = current;
        }
    }

    private static void summarise(List<HostileCase> corpus, Duration took) throws IOException {
        Map<String, Map<Integer, Integer>> byCategory = new TreeMap<>();
        synchronized (outcomes) {
            for (String outcome : outcomes) {
                String[] parts = outcome.split("\t");
                byCategory.computeIfAbsent(parts[0], k -> new TreeMap<>()).merge(Integer.parseInt(parts[1]), 1, Integer::sum);
            }
            StringBuilder text = new StringBuilder("corpus " + corpus.size() + " cases in " + took.toMillis() + " ms\n"
                    + "digested collections " + digestBefore.keySet() + "\n");
            byCategory.forEach((category, statuses) -> text.append(category).append('\t').append(statuses).append('\n'));
            outcomes.forEach(o -> text.append(o).append('\n'));
            System.out.println(text);
            Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "hostile-summary.txt"), text);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
