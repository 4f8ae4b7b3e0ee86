package no.samarbeidsavtaler.infra.embedded;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each write command is in the file when its reply arrives; reads commit nothing. MVStore's background
 * auto-commit is off here, so nothing but the backend's own commit can put a write in the file.
 */
class CommitPerWriteH2BackendTest {

    @TempDir
    Path temp;

    private MVStore store;
    private final AtomicInteger commits = new AtomicInteger();
    private volatile boolean commitsFail;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @BeforeEach
    void start() throws Exception {
        Path file = Files.createDirectories(temp.resolve("data")).resolve(EmbeddedMongoServer.DATA_FILE_NAME);
        store = H2StoreOptions.defaults().withoutBackgroundAutoCommit().open(file);
        CommitPerWriteH2Backend backend = new CommitPerWriteH2Backend(store) {
            @Override
            public void commit() {
                commits.incrementAndGet();
                if (commitsFail) {
                    throw new IllegalStateException("disk full (simulated)");
                }
                super.commit();
            }
        };
        server = EmbeddedMongoServer.start(backend, 0, file);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("registry");
        MongoCollection<Document> agreements = database.getCollection("agreements");
        agreements.insertMany(List.of(new Document("_id", "a1").append("n", 1), new Document("_id", "a2").append("n", 2)));
        agreements.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true).sparse(true));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                write("insertOne", db -> db.getCollection("agreements").insertOne(new Document("_id", "a3"))),
                write("insertMany", db -> db.getCollection("agreements").insertMany(
                        List.of(new Document("_id", "a3"), new Document("_id", "a4")))),
                write("updateOne", db -> db.getCollection("agreements").updateOne(eq("_id", "a1"), Updates.set("n", 9))),
                write("updateMany upsert", db -> db.getCollection("agreements")
                        .updateMany(eq("_id", "a9"), Updates.set("n", 9), new UpdateOptions().upsert(true))),
                write("replaceOne", db -> db.getCollection("agreements").replaceOne(eq("_id", "a1"), new Document("n", 7))),
                write("deleteOne", db -> db.getCollection("agreements").deleteOne(eq("_id", "a1"))),
                write("findOneAndUpdate", db -> db.getCollection("agreements").findOneAndUpdate(eq("_id", "a1"), Updates.inc("n", 10))),
                write("findOneAndDelete", db -> db.getCollection("agreements").findOneAndDelete(eq("_id", "a2"))),
                write("createCollection", db -> db.createCollection("parties")),
                write("createIndex", db -> db.getCollection("agreements")
                        .createIndex(Indexes.ascending("kind"), new IndexOptions().unique(true).sparse(true))),
                write("dropIndex", db -> db.getCollection("agreements").dropIndex(Indexes.ascending("n"))),
                write("drop", db -> db.getCollection("agreements").drop()),
                write("renameCollection", db -> db.getCollection("agreements")
                        .renameCollection(new MongoNamespace("registry", "avtaler"))),
                write("aggregate $out", db -> db.getCollection("agreements")
                        .aggregate(List.of(Aggregates.out("copy"))).toCollection()),
                write("dropDatabase", MongoDatabase::drop));
    }

    private static Arguments write(String name, Consumer<MongoDatabase> operation) {
        return Arguments.of(name, operation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aWriteIsCommittedBeforeItsReply(String name, Consumer<MongoDatabase> operation) {
        int before = commits.get();

        operation.accept(database);

        assertThat(commits.get()).as("commits").isEqualTo(before + 1);
        assertThat(store.hasUnsavedChanges()).as("unsaved changes after the reply").isFalse();
    }

    @Test
    void readsCommitNothing() {
        MongoCollection<Document> agreements = database.getCollection("agreements");
        int before = commits.get();

        agreements.find(eq("_id", "a1")).first();
        agreements.find().into(new ArrayList<>());
        agreements.countDocuments();
        agreements.distinct("n", Integer.class).into(new ArrayList<>());
        agreements.aggregate(List.of(Aggregates.match(eq("n", 1)))).into(new ArrayList<>());
        agreements.listIndexes().into(new ArrayList<>());
        database.listCollectionNames().into(new ArrayList<>());

        assertThat(commits.get()).isEqualTo(before);
    }

    @Test
    void anOrderedInsertManyStoppedByADuplicateKeepsWhatItInsertedBeforeIt() throws Exception {
        MongoCollection<Document> agreements = database.getCollection("agreements");

        assertThatThrownBy(() -> agreements.insertMany(List.of(
                new Document("_id", "b1"), new Document("_id", "b2"), new Document("_id", "a1"), new Document("_id", "b3"))))
                .isInstanceOf(MongoBulkWriteException.class);

        assertThat(idsInACopyOfTheFile()).contains("b1", "b2").doesNotContain("b3");
    }

    @Test
    void aWriteThatFailsHalfWayKeepsItsAppliedPartInTheFile() throws Exception {
        MongoCollection<Document> agreements = database.getCollection("agreements");

        // mongo-java-server applies the first delete, then throws on the unsupported operator of the second.
        assertThatThrownBy(() -> agreements.bulkWrite(List.of(
                new DeleteOneModel<>(eq("_id", "a1")), new DeleteOneModel<>(new Document("$where", "true")))))
                .isInstanceOf(MongoCommandException.class);

        List<String> live = agreements.find().map(d -> d.getString("_id")).into(new ArrayList<>());
        assertThat(live).containsExactly("a2");
        assertThat(idsInACopyOfTheFile()).isEqualTo(live);
    }

    @Test
    void aWriteThatCannotBeCommittedIsNotAcknowledged() {
        commitsFail = true;

        assertThatThrownBy(() -> database.getCollection("agreements").insertOne(new Document("_id", "a3")))
                .isInstanceOf(MongoException.class)
                .hasMessageContaining("'insert' was applied but could not be written to")
                .hasMessageContaining("disk full (simulated)");
    }

    /** What a process that died now would find: the file as it is on disk, copied and opened elsewhere. */
    private List<String> idsInACopyOfTheFile() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        Files.copy(server.dataFile().orElseThrow(), copy.resolve(EmbeddedMongoServer.DATA_FILE_NAME));
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.startDurable(copy, 0);
             MongoClient reader = MongoClients.create(reopened.connectionString())) {
            return reader.getDatabase("registry").getCollection("agreements").find()
                    .map(d -> d.getString("_id")).into(new ArrayList<>());
        }
    }
}
