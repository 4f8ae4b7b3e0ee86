package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenCreationTest {

    private final Instant start = Instant.parse("2025-06-01T08:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final HoldingInterceptor writerPause = new HoldingInterceptor();
    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void startStore() {
        mongo = TestMongo.inMemory();
        engine = builder(mongo.database(), clock).batchSize(10).appendInterceptor(writerPause).build();
        engine.ensureIndexes();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void tailTokenReadsEverythingAndHeadTokenOnlyWhatComesAfter() {
        assertThat(engine.createTailToken()).isNull();
        assertThat(new TrackingCursor(engine, engine.createHeadToken()).poll()).isEmpty();
        engine.appendEvents(events("avtale-1", 0, 3));

        TrackingCursor fromHead = new TrackingCursor(engine, engine.createHeadToken());
        var later = event("avtale-2", 0);
        engine.appendEvents(later);

        assertThat(fromHead.pollIdentifiers()).containsExactly(later.getIdentifier());
        assertThat(new TrackingCursor(engine, engine.createTailToken()).poll()).hasSize(4);
    }

    @Test
    void headTokenKeepsPositionsStillBeingWrittenAsGaps() throws Exception {
        engine.appendEvents(event("a", 0));
        writerPause.arm();
        var inFlight = event("b", 0);
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(inFlight));
        long inFlightPosition = writerPause.awaitHeld().first();
        engine.appendEvents(event("c", 0));

        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();
        writerPause.release();
        slowWriter.get(30, TimeUnit.SECONDS);

        assertThat(head.getIndex()).isEqualTo(3);
        assertThat(head.getGaps()).containsExactly(inFlightPosition);
        assertThat(new TrackingCursor(engine, head).pollIdentifiers()).containsExactly(inFlight.getIdentifier());
    }

    @Test
    void tokenAtAnInstantStartsAtTheFirstEventAllocatedFromThen() {
        List<String> ids = new java.util.ArrayList<>();
        for (int minute = 0; minute < 30; minute++) {
            if (minute % 7 == 3) {
                allocateWithoutInsert(mongo.database(), 2); // crashed writers leave holes to search across
            }
            DomainEventMessage<?> event = event("avtale-" + minute, 0);
            engine.appendEvents(event);
            ids.add(event.getIdentifier());
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(readFrom(start.plus(Duration.ofMinutes(10)))).containsExactlyElementsOf(ids.subList(10, 30));
        assertThat(readFrom(start.plus(Duration.ofSeconds(10 * 60 + 1)))).containsExactlyElementsOf(ids.subList(11, 30));
        assertThat(readFrom(start.minus(Duration.ofDays(1)))).containsExactlyElementsOf(ids);
        assertThat(readFrom(start.plus(Duration.ofHours(1)))).isEmpty();
    }

    private List<String> readFrom(Instant instant) {
        TrackingCursor cursor = new TrackingCursor(engine, engine.createTokenAt(instant));
        List<String> read = new java.util.ArrayList<>();
        List<String> batch;
        while (!(batch = cursor.pollIdentifiers()).isEmpty()) {
            read.addAll(batch);
        }
        return read;
    }
}
