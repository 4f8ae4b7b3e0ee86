package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reader never gives up on a position without first fencing it with a void. */
class GapFencingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private final HoldingInterceptor writerPause = new HoldingInterceptor();
    private TestMongo mongo;

    @BeforeEach
    void start() {
        mongo = TestMongo.inMemory();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void expiredGapIsFencedSoEveryReaderAgrees() {
        MongoEventStorageEngine engine = engine(mongo.database(), clock);
        engine.appendEvents(event("a", 0));
        long crashed = allocateWithoutInsert(mongo.database(), 1);
        engine.appendEvents(event("b", 0));
        clock.advance(Duration.ofSeconds(61));

        TrackingCursor first = new TrackingCursor(engine, null);
        assertThat(first.poll()).hasSize(2);

        BsonDocument fence = document(crashed);
        assertThat(fence.getBoolean("void").getValue()).isTrue();
        assertThat(fence.getString("voidReason").getValue()).contains("abandoned");
        assertThat(first.token().getGaps()).isEmpty();
    }

    @Test
    void writerStillHoldingAPositionDroppedByMaxGapOffsetIsRefusedNotSkipped() throws Exception {
        MongoEventStorageEngine engine = builder(mongo.database(), clock).maxGapOffset(5)
                .appendInterceptor(writerPause).build();
        engine.ensureIndexes();
        writerPause.arm();
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(event("treg", 0)));
        long held = writerPause.awaitHeld().first();
        TrackingCursor reader = new TrackingCursor(engine, null);
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // a busy store: the held position falls more than 5 behind
            engine.appendEvents(event("travel-" + i, 0));
            delivered.addAll(reader.pollIdentifiers());
        }
        assertThat(reader.token().getGaps()).doesNotContain(held);

        writerPause.release();

        assertThatThrownBy(() -> slowWriter.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(EventStoreException.class);
        delivered.addAll(reader.pollIdentifiers());
        assertThat(document(held).containsKey("void")).isTrue();
        List<String> stored = new ArrayList<>();
        for (BsonDocument document : eventsCollection(mongo.database()).find()) {
            if (!document.containsKey("void")) {
                stored.add(document.getString("eventId").getValue());
            }
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(stored);
    }

    private BsonDocument document(long position) {
        return eventsCollection(mongo.database()).find(new BsonDocument("_id", new BsonInt64(position))).first();
    }
}
