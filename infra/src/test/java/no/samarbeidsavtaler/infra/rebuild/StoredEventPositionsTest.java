package no.samarbeidsavtaler.infra.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.infra.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredEventPositionsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MongoDatabase database = client.getDatabase("registry");

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void positionsOfAnAggregatesEventsAreTheirGlobalPositionsInTheStore() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                .eventSerializer(serializer).snapshotSerializer(serializer).clock(Clock.systemUTC()).build();
        engine.ensureIndexes();
        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(event("b", 0));
        engine.appendEvents(event("a", 2));

        Map<Long, Long> positions = new StoredEventPositions(database).positions("a", List.of(0L, 1L, 2L, 3L));

        assertThat(positions).containsExactlyInAnyOrderEntriesOf(Map.of(0L, 1L, 1L, 2L, 2L, 4L));
    }

    private static GenericDomainEventMessage<String> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Agreement", aggregateId, sequence, "event " + sequence);
    }
}
