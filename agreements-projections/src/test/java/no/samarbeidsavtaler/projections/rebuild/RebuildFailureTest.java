package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebuildFailureTest {

    private LiveRegistry live;

    @BeforeEach
    void record() {
        live = new LiveRegistry(false);
        live.registry.sendAll(SmallAgreements.registration("a-1", 2));
    }

    @AfterEach
    void close() {
        live.close();
    }

    /** Writes a document per registration, then fails on the first clause: a handler bug. */
    public static final class BrokenProjection {
        private final ActiveCollection collection;

        BrokenProjection(ActiveCollection collection) {
            this.collection = collection;
        }

        @EventHandler
        void on(AgreementRegistered event) {
            collection.get().insertOne(new Document("_id", event.agreementId()));
        }

        @EventHandler
        void on(ClauseAdded event) {
            // A read sends the queued writes first, so the new collection exists when the handler fails.
            assertThat(collection.get().countDocuments()).isEqualTo(1);
            throw new IllegalStateException("handler bug at " + event.clauseId());
        }
    }

    /** Blocks on its first event until released. */
    public static final class SlowProjection {
        private final CountDownLatch started;
        private final CountDownLatch release;

        SlowProjection(CountDownLatch started, CountDownLatch release) {
            this.started = started;
            this.release = release;
        }

        @EventHandler
        void on(AgreementRegistered event) throws InterruptedException {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Loses its first clause write to a live writer once ({@link StaleProjectionWriteException}), as a rebuild's
     * last catch-up can when the live processors already write to the new generation.
     */
    public static final class OutrunProjection {
        private final ActiveCollection collection;
        private final AtomicInteger attempts;

        OutrunProjection(ActiveCollection collection, AtomicInteger attempts) {
            this.collection = collection;
            this.attempts = attempts;
        }

        @EventHandler
        void on(ClauseAdded event) {
            if (attempts.incrementAndGet() == 1) {
                throw new StaleProjectionWriteException(collection.primary(), List.of(event.agreementId()));
            }
            collection.get().updateOne(eq("_id", event.agreementId()), Updates.addToSet("clauses", event.clauseId()),
                    new UpdateOptions().upsert(true));
        }
    }

    @Test
    void aRebuildThatLosesAWriteToALiveWriterHandlesTheEventAgain() {
        AtomicInteger attempts = new AtomicInteger();
        RebuildableProjection outrun = new RebuildableProjection("outrun", "outrun_docs",
                active -> new OutrunProjection(active, attempts));
        try (ProjectionRebuilder rebuilder = new ProjectionRebuilder(live.registry.storage(), live.collections,
                List.of(outrun))) {
            RebuildStatus status = rebuilder.rebuild("outrun");

            assertThat(status.phase()).as(String.valueOf(status.error())).isEqualTo(RebuildPhase.COMPLETED);
        }
        assertThat(attempts).hasValue(3);
        assertThat(live.mongo.database().getCollection("outrun_docs" + live.collections.activeSuffix("outrun"))
                .find().first()).containsEntry("clauses", List.of("a-1-1", "a-1-2"));
    }

    @Test
    void aFailedRebuildKeepsTheLiveGenerationAndDropsWhatItBuilt() {
        RebuildableProjection broken = new RebuildableProjection("broken", "broken_docs", BrokenProjection::new);
        try (ProjectionRebuilder rebuilder = new ProjectionRebuilder(live.registry.storage(), live.collections,
                List.of(broken))) {
            RebuildStatus status = rebuilder.rebuild("broken");

            assertThat(status.phase()).isEqualTo(RebuildPhase.FAILED);
            assertThat(status.error()).contains("handler bug at a-1-1");
            assertThat(status.finishedAt()).isNotNull();
        }
        assertThat(live.collections.activeSuffix("broken")).isEmpty();
        assertThat(live.mongo.database().listCollectionNames().into(new ArrayList<>()))
                .noneMatch(name -> name.startsWith("broken_docs"));
    }

    @Test
    void aSecondRebuildOfTheSameProjectionIsRefusedWhileOneRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RebuildableProjection slow = new RebuildableProjection("slow", "slow_docs",
                active -> new SlowProjection(started, release));
        try (ProjectionRebuilder rebuilder = new ProjectionRebuilder(live.registry.storage(), live.collections,
                List.of(slow))) {
            assertThat(rebuilder.start("slow").phase()).isEqualTo(RebuildPhase.BUILDING);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> rebuilder.start("slow")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running");
            assertThatThrownBy(() -> rebuilder.start("unknown")).isInstanceOf(IllegalArgumentException.class);

            release.countDown();
            Await.until("the rebuild to finish", Duration.ofSeconds(10),
                    () -> !rebuilder.status("slow").orElseThrow().running());
            assertThat(rebuilder.status("slow").orElseThrow().phase()).isEqualTo(RebuildPhase.COMPLETED);
        }
    }
}
