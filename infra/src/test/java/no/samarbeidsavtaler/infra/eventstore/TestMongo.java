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

/** A real mongo-java-server on loopback, reached through the real MongoDB driver. Shared with the integrity tests. */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String uri;

    private TestMongo(MongoBackend backend) {
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.uri = "mongodb://127.0.0.1:" + address.getPort();
        this.client = MongoClients.create(uri);
        this.database = client.getDatabase("registry");
    }

    private TestMongo(String uri) {
        this.server = null;
        this.uri = uri;
        this.client = MongoClients.create(uri);
        // A database of its own per test, dropped afterwards: tests may share one real server.
        this.database = client.getDatabase("registry_test_" + java.util.UUID.randomUUID().toString().replace("-", ""));
    }

    /** A fresh database on a real MongoDB (e.g. a replica set given by AGREEMENTS_TEST_MONGODB_URI). */
    public static TestMongo real(String uri) {
        return new TestMongo(uri);
    }

    public static TestMongo inMemory() {
        return new TestMongo(new MemoryBackend());
    }

    /** The stock H2 file backend (background auto-commit), file under target/. */
    public static TestMongo h2(Path file) {
        return new TestMongo(new H2Backend(file.toString()));
    }

    public MongoDatabase database() {
        return database;
    }

    /** The connection string of the server (for clients of their own, e.g. the command-line verifier). */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        if (server == null) {
            database.drop();
        }
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
