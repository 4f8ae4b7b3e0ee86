package no.samarbeidsavtaler.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/** A real mongo-java-server on loopback, reached through the real MongoDB driver. */
final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;

    private TestMongo(MongoBackend backend) {
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        this.database = client.getDatabase("registry");
    }

    static TestMongo inMemory() {
        return new TestMongo(new MemoryBackend());
    }

    /** The stock H2 file backend (background auto-commit), file under target/. */
    static TestMongo h2(Path file) {
        return new TestMongo(new H2Backend(file.toString()));
    }

    MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
