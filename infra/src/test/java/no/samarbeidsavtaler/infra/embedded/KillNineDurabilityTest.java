package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable server keeps every write it acknowledged when its process is killed with SIGKILL: a child
 * JVM inserts and prints an ACK after each acknowledged insert, is killed mid-stream, and the data file
 * is reopened here.
 *
 * <p>The stock {@code H2Backend} fails this: stack-notes measured 12, 7 and 20 of 21 kept, and the same
 * three rounds run once with it while writing this test lost every acknowledged insert (200 of 200, then
 * 400 of 400, 600 of 600: the background writer had not committed yet when the kill came). That control is
 * not a test here because how much it loses depends on timing.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class KillNineDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 200;
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @Test
    void everyAcknowledgedInsertSurvivesKillNineThreeTimesOver() throws Exception {
        Path dataDirectory = temp.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= 3; round++) {
            try (ChildJvm child = ChildJvm.start(AcknowledgedInsertWriter.class, temp,
                    dataDirectory.toString(), "round" + round)) {
                acknowledged.addAll(AckLines.collectThenKill(child, ACKS_BEFORE_KILL, CHILD_TIMEOUT));
            }

            Map<String, Long> stored = storedAckIds(dataDirectory);
            Set<String> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored.keySet());
            assertThat(missing).as("acknowledged but lost after kill -9 in round %d", round).isEmpty();
            assertThat(stored).as("stored more than once").allSatisfy((id, copies) -> assertThat(copies).isOne());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(round * ACKS_BEFORE_KILL);
        }
    }

    @Test
    void aSecondProcessCannotOpenTheDataFileOfARunningOne() throws Exception {
        Path dataDirectory = temp.resolve("data");
        try (ChildJvm child = ChildJvm.start(AcknowledgedInsertWriter.class, temp, dataDirectory.toString(), "x")) {
            AckLines.awaitReady(child, CHILD_TIMEOUT);

            assertThatThrownBy(() -> EmbeddedMongoServer.startDurable(dataDirectory, 0))
                    .isInstanceOf(DataFileLockedException.class)
                    .hasMessageContaining(dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE_NAME)
                            .toAbsolutePath().toString())
                    .hasMessageContaining("another instance of the registry is probably running");
        }
    }

    private static Map<String, Long> storedAckIds(Path dataDirectory) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            List<Document> documents = client.getDatabase(AcknowledgedInsertWriter.DATABASE)
                    .getCollection(AcknowledgedInsertWriter.COLLECTION)
                    .find().into(new ArrayList<>());
            return documents.stream().collect(Collectors.groupingBy(d -> d.getString("ackId"),
                    Collectors.counting()));
        }
    }
}
