package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** A real mongo-java-server (memory backend) on loopback, reached through the real MongoDB driver. */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;

    public TestMongo() {
        this.server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        this.database = client.getDatabase("registry");
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
