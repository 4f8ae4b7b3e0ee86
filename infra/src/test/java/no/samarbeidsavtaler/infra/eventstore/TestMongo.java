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

    private TestMongo(String uri) {
        this.server = null;
        this.client = MongoClients.create(uri);
        // A database of its own per test, dropped afterwards: tests may share one real server.
        this.database = client.getDatabase("registry_test_" + java.util.UUID.randomUUID().toString().replace("-", ""));
    }

    /** A fresh database on a real MongoDB (e.g. a replica set given by AGREEMENTS_TEST_MONGODB_URI). */
    static TestMongo real(String uri) {
        return new TestMongo(uri);
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
        if (server == null) {
            database.drop();
        }
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
