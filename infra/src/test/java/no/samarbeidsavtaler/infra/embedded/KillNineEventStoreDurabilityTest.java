package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import no.samarbeidsavtaler.infra.embedded.EventAppendWriter.DurabilityProbe;
import no.samarbeidsavtaler.infra.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every event whose {@code appendEvents} returned through our {@link MongoEventStorageEngine} on the
 * durable embedded server is there, once, after the process is killed with SIGKILL, read back through the
 * engine. Each append is several write commands (allocation, event documents); every one is committed
 * before its reply, so whatever a returned append wrote is in the file.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class KillNineEventStoreDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 200;
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @Test
    void everyAppendedEventSurvivesKillNineExactlyOnceThreeTimesOver() throws Exception {
        Path dataDirectory = temp.resolve("data");
        List<Ack> acknowledged = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            try (ChildJvm child = ChildJvm.start(EventAppendWriter.class, temp,
                    dataDirectory.toString(), "avtale" + round)) {
                AckLines.collectThenKill(child, ACKS_BEFORE_KILL, CHILD_TIMEOUT).stream()
                        .map(Ack::parse)
                        .forEach(acknowledged::add);
            }

            Map<String, List<DomainEventMessage<?>>> streams = readThroughTheEngine(dataDirectory, acknowledged);
            for (Ack ack : acknowledged) {
                List<DomainEventMessage<?>> stream = streams.get(ack.aggregateId());
                assertThat(stream).as("events of %s after round %d", ack.aggregateId(), round)
                        .filteredOn(event -> event.getIdentifier().equals(ack.eventId()))
                        .singleElement()
                        .satisfies(event -> {
                            assertThat(event.getSequenceNumber()).isEqualTo(ack.sequence());
                            assertThat(event.getPayload()).isEqualTo(new DurabilityProbe(ack.aggregateId(), ack.sequence()));
                        });
                assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                        .as("sequence numbers of %s, each once", ack.aggregateId())
                        .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(round * ACKS_BEFORE_KILL);
        }
    }

    private static Map<String, List<DomainEventMessage<?>>> readThroughTheEngine(Path dataDirectory, List<Ack> acks) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine engine = EventAppendWriter.engine(client.getDatabase(EventAppendWriter.DATABASE));
            return acks.stream().map(Ack::aggregateId).distinct().collect(Collectors.toMap(
                    id -> id,
                    id -> engine.readEvents(id).asStream().<DomainEventMessage<?>>map(e -> e).toList(),
                    (a, b) -> a, LinkedHashMap::new));
        }
    }

    private record Ack(String aggregateId, long sequence, String eventId) {

        static Ack parse(String payload) {
            String[] fields = payload.split(" ");
            return new Ack(fields[0], Long.parseLong(fields[1]), fields[2]);
        }
    }
}
