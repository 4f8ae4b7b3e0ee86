package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gaps (allocated, not yet visible positions) with a hand-moved clock; gap timeout 60 s, writer deadline 30 s. */
class GapHandlingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private final HoldingInterceptor writerPause = new HoldingInterceptor();
    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = TestMongo.inMemory();
        engine = builder(mongo.database(), clock).batchSize(10).appendInterceptor(writerPause).build();
        engine.ensureIndexes();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void crashedAllocationDoesNotStallTheReaderAndExpiresAfterTheGapTimeout() {
        engine.appendEvents(event("a", 0));
        long crashed = allocateWithoutInsert(mongo.database(), 1);
        engine.appendEvents(event("b", 0));
        TrackingCursor reader = new TrackingCursor(engine, null);

        assertThat(reader.poll()).hasSize(2);
        assertThat(reader.token().getGaps()).containsExactly(crashed);

        clock.advance(Duration.ofSeconds(30));
        engine.appendEvents(event("c", 0));
        assertThat(reader.poll()).hasSize(1);
        assertThat(reader.token().getGaps()).as("not expired yet").containsExactly(crashed);

        // New events are young; the position above the gap ("b", now 61 s old) proves the gap is dead.
        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(event("d", 0));
        assertThat(reader.poll()).hasSize(1);
        assertThat(reader.token().getGaps()).isEmpty();
    }

    @Test
    void gapsBelowAnEventOlderThanTheGapTimeoutAreDroppedInTheSameBatch() {
        allocateWithoutInsert(mongo.database(), 3);
        engine.appendEvents(event("a", 0));
        clock.advance(Duration.ofSeconds(61));

        assertThat(new TrackingCursor(engine, null).poll()).singleElement()
                .satisfies(event -> assertThat(((org.axonframework.eventhandling.GapAwareTrackingToken)
                        event.trackingToken()).getGaps()).isEmpty());
    }

    @Test
    void lateInsertWithinTheWriterDeadlineIsDelivered() throws Exception {
        writerPause.arm();
        var late = event("sen", 0);
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(late));
        long latePosition = writerPause.awaitHeld().first();
        engine.appendEvents(event("rask", 0));
        TrackingCursor reader = new TrackingCursor(engine, null);
        assertThat(reader.poll()).hasSize(1);
        assertThat(reader.token().getGaps()).containsExactly(latePosition);

        clock.advance(Duration.ofSeconds(29));
        writerPause.release();
        slowWriter.get(30, TimeUnit.SECONDS);

        assertThat(reader.pollIdentifiers()).containsExactly(late.getIdentifier());
        assertThat(reader.token().getGaps()).isEmpty();
        assertThat(reader.poll()).isEmpty();
    }

    @Test
    void insertPastTheWriterDeadlineIsRefusedAndItsPositionVoided() throws Exception {
        engine.appendEvents(event("avtale", 0));
        writerPause.arm();
        DomainEventMessage<?> tooLate = event("avtale", 1);
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(tooLate));
        long position = writerPause.awaitHeld().first();

        clock.advance(Duration.ofSeconds(31));
        writerPause.release();

        assertThatThrownBy(() -> slowWriter.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AppendDeadlineExceededException.class);
        assertThat(engine.lastSequenceNumberFor("avtale")).contains(0L);
        BsonDocument stored = eventsCollection(mongo.database()).find(new BsonDocument("_id", new BsonInt64(position)))
                .first();
        assertThat(stored.getBoolean("void").getValue()).isTrue();
        engine.appendEvents(event("avtale", 1));
        TrackingCursor reader = new TrackingCursor(engine, null);
        assertThat(reader.poll()).hasSize(2);
        assertThat(reader.token().getGaps()).as("a void is not a gap").isEmpty();
    }

    @Test
    void failedAppendVoidsItsPositionsSoReadersNeedNotWaitForThem() {
        MongoEventStorageEngine failing = builder(mongo.database(), clock).appendInterceptor(allocation -> {
            throw new IllegalStateException("connection lost");
        }).build();

        assertThatThrownBy(() -> failing.appendEvents(events("avtale", 0, 3))).isInstanceOf(EventStoreException.class);
        engine.appendEvents(event("avtale", 0));

        TrackingCursor reader = new TrackingCursor(engine, null);
        assertThat(reader.poll()).hasSize(1);
        assertThat(reader.token().getIndex()).isEqualTo(4);
        assertThat(reader.token().getGaps()).isEmpty();
    }

    @Test
    void longRunOfCrashedAllocationsDoesNotStallTheReader() {
        engine.appendEvents(event("a", 0));
        allocateWithoutInsert(mongo.database(), 1);
        engine.appendEvents(event("b", 0));
        TrackingCursor reader = new TrackingCursor(engine, null);
        assertThat(reader.poll()).hasSize(2); // the token now has a gap, re-read with its witness each batch
        allocateWithoutInsert(mongo.database(), 95); // nine and a half batches of nothing
        var after = event("etter", 0);
        engine.appendEvents(after);

        assertThat(reader.pollIdentifiers()).containsExactly(after.getIdentifier());
    }

    @Test
    void gapsFurtherBehindThanMaxGapOffsetAreDropped() {
        MongoEventStorageEngine smallOffset = builder(mongo.database(), clock).maxGapOffset(5).build();
        allocateWithoutInsert(mongo.database(), 1);
        smallOffset.appendEvents(event("a", 0));
        TrackingCursor reader = new TrackingCursor(smallOffset, null);
        reader.poll();
        assertThat(reader.token().getGaps()).containsExactly(1L);

        smallOffset.appendEvents(events("a", 1, 6));
        reader.poll();

        assertThat(reader.token().getIndex()).isEqualTo(8);
        assertThat(reader.token().getGaps()).isEmpty();
    }
}
