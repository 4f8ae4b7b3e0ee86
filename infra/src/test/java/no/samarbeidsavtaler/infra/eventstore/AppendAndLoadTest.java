package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppendAndLoadTest {

    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    /** The store under test; {@code RealMongoEventStoreTest} runs the same scenarios on a real MongoDB. */
    TestMongo newMongo() {
        return TestMongo.inMemory();
    }

    @BeforeEach
    void start() {
        mongo = newMongo();
        engine = engine(mongo.database(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void loadReturnsExactlyWhatWasAppended() {
        Instant timestamp = Instant.parse("2025-03-04T05:06:07.123456789Z");
        var first = new GenericDomainEventMessage<>(AGGREGATE_TYPE, "avtale-1", 0,
                ClauseRecorded.sample("avtale-1", "Kommunen har ansvar for LMS-tilbud"),
                Map.of("actorId", "saksbehandler-7", "caseReference", "2025/123"), "event-0", timestamp);
        List<DomainEventMessage<?>> appended = List.of(first, event("avtale-1", 1), event("avtale-1", 2));
        engine.appendEvents(appended);

        List<? extends DomainEventMessage<?>> loaded = engine.readEvents("avtale-1").asStream().toList();

        assertThat(loaded).hasSize(3);
        for (int i = 0; i < 3; i++) {
            DomainEventMessage<?> expected = appended.get(i);
            DomainEventMessage<?> actual = loaded.get(i);
            assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(actual.getPayload()).isEqualTo(expected.getPayload());
            assertThat(actual.getMetaData()).isEqualTo(expected.getMetaData());
            assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(actual.getSequenceNumber()).isEqualTo(i);
            assertThat(actual.getType()).isEqualTo(AGGREGATE_TYPE);
        }
        assertThat(loaded.get(0).getTimestamp()).isEqualTo(timestamp);
        assertThat(engine.lastSequenceNumberFor("avtale-1")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("ukjent")).isEmpty();
        assertThat(engine.readEvents("avtale-1", 2).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(2L);
    }

    @Test
    void storedDocumentIsReadableByAnAuditor() {
        engine.appendEvents(event("avtale-1", 0));

        BsonDocument stored = eventsCollection(mongo.database()).find().first();

        assertThat(stored.getInt64("_id").getValue()).isEqualTo(1L);
        assertThat(stored.getString("streamKey").getValue()).isEqualTo("avtale-1/0000000000000000000");
        assertThat(stored.getString("aggregateId").getValue()).isEqualTo("avtale-1");
        assertThat(stored.getString("aggregateType").getValue()).isEqualTo(AGGREGATE_TYPE);
        assertThat(stored.getInt64("sequenceNumber").getValue()).isZero();
        assertThat(stored.getString("payloadType").getValue()).isEqualTo(ClauseRecorded.class.getName());
        assertThat(stored.getString("timestamp").getValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        assertThat(stored.get("allocatedAt").getBsonType()).isEqualTo(BsonType.DATE_TIME);
        assertThat(stored.getDocument("metaData").getString("actorId").getValue()).isEqualTo("saksbehandler-1");
        BsonDocument payload = stored.getDocument("payload");
        assertThat(payload.getString("agreementId").getValue()).isEqualTo("avtale-1");
        assertThat(payload.getInt64("registryNumber").getValue()).isEqualTo(9_007_199_254_740_993L);
        assertThat(payload.getDecimal128("costShare").getValue().bigDecimalValue()).isEqualTo(new BigDecimal("1.10"));
        assertThat(payload.getString("decidedAt").getValue()).isEqualTo("2025-01-31T23:59:59.123456Z");
        assertThat(payload.getString("effectiveFrom").getValue()).isEqualTo("2025-02-01");
        assertThat(payload.getArray("matrix").get(0).asArray().get(1).asInt32().getValue()).isEqualTo(2);
    }

    @Test
    void numbersRoundTripExactly() {
        var exact = new ClauseRecorded("avtale-1", "tall", Long.MAX_VALUE,
                new BigDecimal("12345678901234567890.123456789"), Instant.EPOCH, null, List.of(List.of(-1)));
        engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "avtale-1", 0, exact));

        Object loaded = engine.readEvents("avtale-1").next().getPayload();

        // equals on BigDecimal includes the scale: 1.10 is not 1.1
        assertThat(loaded).isEqualTo(exact);
        assertThat(engine.readEvents("avtale-1").asStream().findFirst().orElseThrow().getPayload())
                .isEqualTo(exact);
    }

    @Test
    void oneAppendMayHoldOneAggregateOnly() {
        var twoAggregates = List.of(event("avtale-1", 0), event("avtale-2", 0));

        assertThatThrownBy(() -> engine.appendEvents(twoAggregates)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one aggregate");
        assertThat(engine.highestAllocatedPosition()).isZero();
        assertThat(eventsCollection(mongo.database()).countDocuments()).isZero();
    }

    @Test
    void sequenceNumbersOfOneAppendMustBeConsecutive() {
        var withHole = List.of(event("avtale-1", 0), event("avtale-1", 2));

        assertThatThrownBy(() -> engine.appendEvents(withHole)).isInstanceOf(IllegalArgumentException.class);
        assertThat(engine.highestAllocatedPosition()).isZero();
    }

    @Test
    void plainEventsAreStoredBesideTheAggregateAndTrackedAsPlainEvents() {
        var notice = GenericEventMessage.asEventMessage("varsel om ny avtale");
        engine.appendEvents(List.of(event("avtale-1", 0), notice, event("avtale-1", 1)));

        List<TrackedEventMessage<?>> tracked = new TrackingCursor(engine, null).poll();

        assertThat(tracked).extracting(TrackedEventMessage::getIdentifier).containsExactly(
                engine.readEvents("avtale-1").next().getIdentifier(), notice.getIdentifier(),
                engine.readEvents("avtale-1", 1).next().getIdentifier());
        assertThat(tracked.get(1)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(1).getPayload()).isEqualTo("varsel om ny avtale");
        BsonDocument stored = eventsCollection(mongo.database()).find(new BsonDocument("_id", new org.bson.BsonInt64(2)))
                .first();
        assertThat(stored.getString("streamKey").getValue()).isEqualTo("event/" + notice.getIdentifier());
        assertThat(engine.readEvents("avtale-1").asStream().count()).isEqualTo(2);
    }
}
