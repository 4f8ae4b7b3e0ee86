package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of behaviour: measures what commit-per-write costs. Single acknowledged (w:1) inserts of a
 * ~300-byte document, one client, timed one by one; and how long the server takes to start. Numbers go
 * to stdout. Runs only on request (tag "bench"), or as a main class.
 */
@Tag("bench")
class EmbeddedMongoLatencyBench {

    private static final int WARM_UP = 500;
    private static final int MEASURED = 3_000;
    private static final String PAYLOAD = "x".repeat(250);

    @Test
    void singleAcknowledgedInsertLatencyAndStartTime(@TempDir Path temp) {
        System.out.println(run(temp));
    }

    public static void main(String[] args) throws IOException {
        QuietLogs.apply(ch.qos.logback.classic.Level.WARN);
        System.out.println(run(Files.createTempDirectory("embedded-bench")));
        System.exit(0);
    }

    static String run(Path temp) {
        StringBuilder report = new StringBuilder("\n");
        long t0 = System.nanoTime();
        EmbeddedMongoServer.startDurable(temp.resolve("cold"), 0).close();
        report.append(line("start durable, first in this JVM (ms)", millisSince(t0)));

        for (int round = 1; round <= 2; round++) {
            Path commitPerWrite = temp.resolve("commit-per-write-" + round);
            report.append(measure("H2 commit-per-write, round " + round,
                    dir -> EmbeddedMongoServer.startDurable(dir, 0), commitPerWrite));
            report.append(measure("H2 stock H2Backend (background commit), round " + round,
                    EmbeddedMongoLatencyBench::startStockH2, temp.resolve("stock-" + round)));
            report.append(measure("memory, round " + round, dir -> EmbeddedMongoServer.startInMemory(),
                    temp.resolve("memory-" + round)));

            long start = System.nanoTime();
            EmbeddedMongoServer reopened = EmbeddedMongoServer.startDurable(commitPerWrite, 0);
            report.append(line("restart durable over " + (WARM_UP + MEASURED) + " docs (ms)", millisSince(start)));
            reopened.close();
        }
        return report.toString();
    }

    private static String measure(String name, Function<Path, EmbeddedMongoServer> starter, Path dir) {
        long start = System.nanoTime();
        EmbeddedMongoServer server = starter.apply(dir);
        double startMillis = millisSince(start);
        try (server; MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("bench").getCollection("events")
                    .withWriteConcern(WriteConcern.W1);
            for (int i = 0; i < WARM_UP; i++) {
                events.insertOne(event("w" + i));
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long before = System.nanoTime();
                events.insertOne(event("m" + i));
                nanos[i] = System.nanoTime() - before;
            }
            assertThat(events.countDocuments()).isEqualTo(WARM_UP + MEASURED);
            Arrays.sort(nanos);
            return String.format(Locale.ROOT, "%-55s start %6.1f ms | insert p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d/s%n",
                    name, startMillis, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6,
                    nanos[MEASURED - 1] / 1e6, (long) (MEASURED / (Arrays.stream(nanos).sum() / 1e9)));
        }
    }

    private static EmbeddedMongoServer startStockH2(Path dir) {
        try {
            Path file = Files.createDirectories(dir).resolve(EmbeddedMongoServer.DATA_FILE_NAME);
            return EmbeddedMongoServer.start(new H2Backend(H2StoreOptions.defaults().open(file)), 0, file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document event(String id) {
        return new Document("_id", id).append("aggregateIdentifier", "avtale-" + id).append("payload", PAYLOAD);
    }

    private static String line(String name, double millis) {
        return String.format(Locale.ROOT, "%-55s %.1f%n", name, millis);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
