package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone database process: announces its URI, serves clients of other processes, holds the data
 * file so nobody else opens it, and closes the store cleanly on SIGTERM.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StandaloneEmbeddedServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void servesOtherProcessesAndKeepsTheirWritesAcrossASigterm() throws Exception {
        Path data = temp.resolve("data");
        try (ChildJvm child = ChildJvm.start(GuardedStandaloneServer.class, temp, data.toString(), "0")) {
            String uri = awaitReadyUri(child);
            assertThat(uri).matches("mongodb://127\\.0\\.0\\.1:\\d+");
            try (MongoClient client = MongoClients.create(uri)) {
                MongoCollection<Document> notes = client.getDatabase("ops").getCollection("notes");
                notes.insertOne(new Document("_id", "written-through-the-standalone-server"));
            }
            assertThatThrownBy(() -> EmbeddedMongoServer.startDurable(data, 0))
                    .isInstanceOf(DataFileLockedException.class);

            ProcessHandle handle = ProcessHandle.of(child.pid()).orElseThrow();
            handle.destroy(); // SIGTERM: the shutdown hook closes the store
            handle.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.startDurable(data, 0);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            assertThat(client.getDatabase("ops").getCollection("notes")
                    .countDocuments(new Document("_id", "written-through-the-standalone-server"))).isOne();
        }
    }

    @Test
    void argumentsAreADataDirectoryAndAnOptionalPort() {
        assertThat(StandaloneEmbeddedServer.Arguments.parse("data"))
                .isEqualTo(new StandaloneEmbeddedServer.Arguments(Path.of("data"), 27017));
        assertThat(StandaloneEmbeddedServer.Arguments.parse("/var/lib/registry", "0").port()).isZero();
        assertThatThrownBy(() -> StandaloneEmbeddedServer.Arguments.parse())
                .hasMessageStartingWith("usage: StandaloneEmbeddedServer <data-directory>");
        assertThatThrownBy(() -> StandaloneEmbeddedServer.Arguments.parse("data", "http"))
                .hasMessageStartingWith("not a port: http");
        assertThatThrownBy(() -> StandaloneEmbeddedServer.Arguments.parse("data", "70000"))
                .hasMessageStartingWith("not a port: 70000");
    }

    private static String awaitReadyUri(ChildJvm child) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            String line = child.nextLine(Duration.between(Instant.now(), deadline)).orElseThrow(() ->
                    new AssertionError("no READY line\n" + child.diagnostics()));
            if (line.startsWith(StandaloneEmbeddedServer.READY)) {
                return line.substring(StandaloneEmbeddedServer.READY.length());
            }
        }
        throw new AssertionError("no READY line in time\n" + child.diagnostics());
    }

    /** The server's own main, behind the guard that ends it when this test JVM goes away. */
    public static final class GuardedStandaloneServer {

        private GuardedStandaloneServer() {
        }

        public static void main(String[] args) throws InterruptedException {
            ChildProcessGuard.install();
            StandaloneEmbeddedServer.main(args);
        }
    }
}
