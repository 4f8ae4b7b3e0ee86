package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node links its next append to the hash it appended last without reading it back; a stream another node
 * appended to since is read, so the link is still to the event actually stored before.
 */
class RememberedLinkTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private final List<String> eventReads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        CommandListener reads = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument command = event.getCommand();
                if (event.getCommandName().equals("find") && command.getString("find").getValue().equals("events")) {
                    eventReads.add(command.getDocument("filter").toJson());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri)).addCommandListener(reads).build());
        database = client.getDatabase("registry");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theNextAppendOfTheSameNodeLinksWithoutReadingThePreviousEvent() {
        MongoEventStorageEngine engine = engine(database, Clock.systemUTC());
        engine.appendEvents(events("avtale-1", 0, 3));
        eventReads.clear();

        engine.appendEvents(event("avtale-1", 3));

        assertThat(eventReads).isEmpty();
        assertThat(stored(3).getString("previousHash")).isEqualTo(stored(2).getString("hash"));
    }

    @Test
    void anEventAppendedByAnotherNodeInBetweenIsReadAndLinkedTo() {
        MongoEventStorageEngine thisNode = engine(database, Clock.systemUTC());
        MongoEventStorageEngine otherNode = engine(database, Clock.systemUTC());
        thisNode.appendEvents(events("avtale-1", 0, 2));
        otherNode.appendEvents(event("avtale-1", 2));
        eventReads.clear();

        thisNode.appendEvents(event("avtale-1", 3));

        assertThat(eventReads).hasSize(1);
        assertThat(stored(3).getString("previousHash")).isEqualTo(stored(2).getString("hash"));
    }

    private BsonDocument stored(long sequence) {
        return database.getCollection("events", BsonDocument.class)
                .find(eq("streamKey", EventFields.streamKey("avtale-1", sequence))).first();
    }
}
