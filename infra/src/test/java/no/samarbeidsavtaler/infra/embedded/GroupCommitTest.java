package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that queue behind a running commit share the next one, and none is answered before it. The queued
 * writers can only get as far as the commit because each connection has its own server thread
 * ({@link EmbeddedMongoServer#WORKER_THREADS}); with Netty's default they would wait behind the first.
 */
class GroupCommitTest {

    private static final int WRITERS = 8;

    @TempDir
    Path temp;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @Test
    void writersWaitingForACommitShareOneAndAreAnsweredOnlyAfterIt() throws Exception {
        Path file = Files.createDirectories(temp.resolve("data")).resolve(EmbeddedMongoServer.DATA_FILE_NAME);
        MVStore store = H2StoreOptions.defaults().withoutBackgroundAutoCommit().open(file);
        AtomicInteger commits = new AtomicInteger();
        AtomicBoolean armed = new AtomicBoolean();
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        CommitPerWriteH2Backend backend = new CommitPerWriteH2Backend(store) {
            @Override
            public void commit() {
                if (armed.get() && commits.incrementAndGet() == 1) {
                    firstCommitStarted.countDown();
                    await(releaseFirstCommit);
                }
                super.commit();
            }
        };
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(backend, 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("registry").getCollection("events");
            events.insertOne(new Document("_id", "warm-up"));
            armed.set(true);

            List<Future<?>> answers = new ArrayList<>();
            answers.add(writers.submit(() -> events.insertOne(new Document("_id", "first"))));
            assertThat(firstCommitStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < WRITERS; i++) {
                String id = "queued-" + i;
                answers.add(writers.submit(() -> events.insertOne(new Document("_id", id))));
            }
            awaitAppliedWrites(backend, 1 + WRITERS);
            assertThat(answers).as("no writer answered while the commit runs").noneMatch(Future::isDone);

            releaseFirstCommit.countDown();
            for (Future<?> answer : answers) {
                answer.get(10, TimeUnit.SECONDS);
            }

            assertThat(commits.get()).as("the running commit, then one for the seven queued writers").isEqualTo(2);
            assertThat(store.hasUnsavedChanges()).isFalse();
            assertThat(events.countDocuments()).isEqualTo(1 + WRITERS);
        } finally {
            writers.shutdownNow();
        }
    }

    private static void awaitAppliedWrites(CommitPerWriteH2Backend backend, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (backend.appliedWrites() < expected) {
            assertThat(Instant.now()).as("writes applied: %d", backend.appliedWrites()).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
