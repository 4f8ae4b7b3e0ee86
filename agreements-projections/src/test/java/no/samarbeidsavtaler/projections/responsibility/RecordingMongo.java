package no.samarbeidsavtaler.projections.responsibility;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;

/** The embedded server through the real driver, recording every find as {@code collection filter-json}. */
final class RecordingMongo implements AutoCloseable {

    final List<String> finds = new CopyOnWriteArrayList<>();
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    RecordingMongo() {
        server.bind();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    // Copied at once: the command is backed by a pooled buffer.
                    BsonDocument command = event.getCommand();
                    finds.add(command.getString("find").getValue() + " "
                            + command.getDocument("filter", new BsonDocument()).toJson());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + server.getLocalAddress().getHostString()
                        + ":" + server.getLocalAddress().getPort()))
                .addCommandListener(recorder).build());
    }

    MongoDatabase database() {
        return client.getDatabase("cache-test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
