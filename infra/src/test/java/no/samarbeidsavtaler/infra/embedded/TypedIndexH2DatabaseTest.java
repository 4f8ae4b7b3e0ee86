package no.samarbeidsavtaler.infra.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unique indexes with typed keys, and the migration of stores whose indexes the stock backend wrote. */
class TypedIndexH2DatabaseTest {

    private static final int EVENTS = 500;

    @TempDir
    Path temp;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @Test
    void aStoreWrittenByTheStockBackendIsMigratedAndStillEnforcesItsIndexes() throws Exception {
        Path file = dataFile();
        serve(file, H2Backend::new, events -> {
            events.createIndex(Indexes.ascending("aggregateId", "seq"), new IndexOptions().unique(true));
            events.insertMany(IntStream.range(0, EVENTS).mapToObj(TypedIndexH2DatabaseTest::event).toList());
        });
        assertThat(mapNames(file)).anyMatch(name -> name.contains("._index_")).noneMatch(this::typed);

        serve(file, CommitPerWriteH2Backend::new, this::assertIndexesWork);

        assertThat(mapNames(file)).noneMatch(name -> name.contains("._index_")).anyMatch(this::typed);
        // Reopening a migrated store migrates nothing and finds the same keys.
        serve(file, CommitPerWriteH2Backend::new, this::assertIndexesWork);
    }

    @Test
    void droppingAnIndexRemovesItsTypedMap() throws Exception {
        Path file = dataFile();
        serve(file, CommitPerWriteH2Backend::new, events -> {
            events.createIndex(Indexes.ascending("aggregateId", "seq"), new IndexOptions().unique(true).name("by_seq"));
            events.insertOne(event(1));
            events.dropIndex("by_seq");
            events.insertOne(event(1).append("_id", "copy"));
        });
        assertThat(mapNames(file)).noneMatch(name -> name.endsWith("by_seq"));
    }

    private void assertIndexesWork(MongoCollection<Document> events) {
        for (int i = 0; i < EVENTS; i += 37) {
            assertThat(events.find(eq("_id", "event-" + i)).first()).isEqualTo(event(i));
            assertThat(events.find(and(eq("aggregateId", "agreement-" + (i % 10)), eq("seq", (long) (i / 10))))
                    .first()).isEqualTo(event(i));
        }
        assertThat(events.countDocuments()).isEqualTo(EVENTS);
        assertThatThrownBy(() -> events.insertOne(event(3).append("_id", "another")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        assertThatThrownBy(() -> events.insertOne(new Document("_id", "event-3")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
    }

    private static Document event(int i) {
        return new Document("_id", "event-" + i).append("aggregateId", "agreement-" + (i % 10))
                .append("seq", (long) (i / 10)).append("payload", "x".repeat(i % 50));
    }

    private boolean typed(String mapName) {
        return mapName.contains(TypedIndexH2Database.INDEX_MAP_INFIX);
    }

    private Path dataFile() throws Exception {
        return Files.createDirectories(temp.resolve("data")).resolve(EmbeddedMongoServer.DATA_FILE_NAME);
    }

    private static void serve(Path file, Function<MVStore, MongoBackend> backend,
            Consumer<MongoCollection<Document>> work) {
        MVStore store = H2StoreOptions.defaults().open(file);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(backend.apply(store), 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("registry").getCollection("events"));
        }
        // The stock backend has no per-write commit: closing the store is what writes its last changes.
        if (!store.isClosed()) {
            store.close();
        }
    }

    private static List<String> mapNames(Path file) {
        MVStore store = H2StoreOptions.defaults().open(file);
        try {
            return List.copyOf(store.getMapNames());
        } finally {
            store.close();
        }
    }
}
