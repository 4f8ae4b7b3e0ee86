package no.samarbeidsavtaler.infra.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
import no.samarbeidsavtaler.infra.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Child JVM of {@link KillNineEventStoreDurabilityTest}: opens the durable server on {@code args[0]} and
 * appends events through {@link MongoEventStorageEngine}, {@value #EVENTS_PER_AGGREGATE} per aggregate
 * {@code "<args[1]>-<k>"}, printing {@code ACK <aggregateId> <sequence> <eventId> done} after each
 * {@code appendEvents} returned, until it is killed.
 */
public final class EventAppendWriter {

    static final String DATABASE = "durability";
    static final int EVENTS_PER_AGGREGATE = 10;

    private EventAppendWriter() {
    }

    public static void main(String[] args) {
        ChildProcessGuard.install();
        Path dataDirectory = Path.of(args[0]);
        String prefix = args[1];
        PrintStream out = System.out;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine engine = engine(client.getDatabase(DATABASE));
            out.println("READY " + server.port());
            out.flush();
            for (long n = 0; ; n++) {
                String aggregateId = prefix + "-" + n / EVENTS_PER_AGGREGATE;
                long sequence = n % EVENTS_PER_AGGREGATE;
                DomainEventMessage<DurabilityProbe> event = new GenericDomainEventMessage<>(
                        "DurabilityProbe", aggregateId, sequence, new DurabilityProbe(aggregateId, sequence));
                engine.appendEvents(event);
                out.println("ACK " + aggregateId + " " + sequence + " " + event.getIdentifier() + " done");
                out.flush();
            }
        }
    }

    static MongoEventStorageEngine engine(MongoDatabase database) {
        Serializer serializer = JacksonSerializer.defaultSerializer();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /** The event appended; its fields let the reader check the payload came back intact. */
    public record DurabilityProbe(String aggregateId, long sequence) {
    }
}
