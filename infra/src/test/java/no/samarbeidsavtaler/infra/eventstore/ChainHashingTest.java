package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Every appended event carries a hash over its stored content and a link to the previous event (ADR 0003). */
class ChainHashingTest {

    private static final String HEX = "[0-9a-f]{64}";

    @Test
    void hashRecomputedFromTheStoredDocumentEqualsTheStoredHashInMemory() {
        try (TestMongo mongo = TestMongo.inMemory()) {
            assertHashesSurviveTheRoundTrip(mongo);
        }
    }

    /** The H2 backend serializes documents to disk: a second, different round trip. */
    @Test
    void hashRecomputedFromTheStoredDocumentEqualsTheStoredHashOnH2() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "chain-hashing")).resolve("h2-" + System.nanoTime() + ".mv.db");
        try (TestMongo mongo = TestMongo.h2(file)) {
            assertHashesSurviveTheRoundTrip(mongo);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertHashesSurviveTheRoundTrip(TestMongo mongo) {
        MongoEventStorageEngine engine = engine(mongo.database(), Clock.systemUTC());
        var tricky = new ClauseRecorded("avtale-æøå", "Helse Møre og Romsdal – LMS \"sitat\" \\ \u0001 🏥 日本",
                Long.MAX_VALUE, new BigDecimal("12345678901234567890.123456789"), Instant.parse("2025-01-31T23:59:59.123456789Z"),
                null, List.of(List.of(-1, Integer.MAX_VALUE), List.of(), List.of(0)));
        engine.appendEvents(List.of(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "avtale-æøå", 0, tricky,
                Map.of("actorId", "saksbehandler-ø", "caseReference", "2025/1", "amount", new BigDecimal("1.10"),
                        "count", 9_007_199_254_740_993L)), event("avtale-æøå", 1)));
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("varsel æøå")));
        failedAppend(mongo.database(), Clock.systemUTC(), events("avtale-2", 0, 2));

        List<BsonDocument> stored = eventsCollection(mongo.database()).find().into(new ArrayList<>());

        assertThat(stored).hasSize(5);
        for (BsonDocument document : stored) {
            assertThat(document.getString("hash").getValue()).matches(HEX).isEqualTo(DocumentHash.of(document));
        }
        assertThat(stored.get(0).getDocument("payload").getDecimal128("costShare").getValue().bigDecimalValue())
                .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    }

    @Test
    void eachEventLinksToThePreviousEventOfItsStreamAcrossAppends() {
        try (TestMongo mongo = TestMongo.inMemory()) {
            MongoEventStorageEngine engine = engine(mongo.database(), Clock.systemUTC());
            engine.appendEvents(events("avtale-1", 0, 3));
            engine.appendEvents(event("avtale-2", 0));
            engine.appendEvents(events("avtale-1", 3, 1));

            List<BsonDocument> stream = new ArrayList<>();
            for (long sequence = 0; sequence < 4; sequence++) {
                stream.add(byKey(mongo, EventFields.streamKey("avtale-1", sequence)));
            }

            assertThat(stream.get(0).getString("previousHash").getValue()).isEqualTo(DocumentHash.GENESIS);
            for (int i = 1; i < 4; i++) {
                assertThat(stream.get(i).getString("previousHash").getValue())
                        .isEqualTo(stream.get(i - 1).getString("hash").getValue());
            }
            assertThat(stream.get(3).keySet()).endsWith("previousHash", "hash");
        }
    }

    @Test
    void plainEventsAndVoidsCarryAHashButNoLink() {
        try (TestMongo mongo = TestMongo.inMemory()) {
            MongoEventStorageEngine engine = engine(mongo.database(), Clock.systemUTC());
            engine.appendEvents(List.of(GenericEventMessage.asEventMessage("varsel")));
            failedAppend(mongo.database(), Clock.systemUTC(), List.of(event("avtale-1", 0)));

            for (BsonDocument document : eventsCollection(mongo.database()).find()) {
                assertThat(document.getString("hash").getValue()).isEqualTo(DocumentHash.of(document));
                assertThat(document.containsKey("previousHash")).isFalse();
            }
        }
    }

    @Test
    void appendAfterAMissingPreviousEventIsRefusedWithoutAllocating() {
        try (TestMongo mongo = TestMongo.inMemory()) {
            engine(mongo.database(), Clock.systemUTC()).appendEvents(events("avtale-1", 0, 2));
            eventsCollection(mongo.database()).deleteOne(eq("streamKey", EventFields.streamKey("avtale-1", 1)));
            // A node that did not append the missing event itself has to read it, and finds the hole.
            MongoEventStorageEngine otherNode = engine(mongo.database(), Clock.systemUTC());

            assertThatThrownBy(() -> otherNode.appendEvents(event("avtale-1", 2)))
                    .isInstanceOf(EventStoreException.class).hasMessageContaining("tampered");
            assertThat(otherNode.highestAllocatedPosition()).isEqualTo(2);
        }
    }

    @Test
    void anEventAfterALegacyEventLinksToTheHashItsSealWillStore() {
        try (TestMongo mongo = TestMongo.inMemory()) {
            MongoEventStorageEngine engine = engine(mongo.database(), Clock.systemUTC());
            insertLegacy(mongo.database(), event("avtale-1", 0), Clock.systemUTC());
            BsonDocument legacy = byKey(mongo, EventFields.streamKey("avtale-1", 0));
            assertThat(legacy.containsKey("hash")).isFalse();

            engine.appendEvents(event("avtale-1", 1));

            assertThat(byKey(mongo, EventFields.streamKey("avtale-1", 1)).getString("previousHash").getValue())
                    .isEqualTo(DocumentHash.of(legacy));
        }
    }

    private static BsonDocument byKey(TestMongo mongo, String key) {
        return eventsCollection(mongo.database()).find(eq("streamKey", key)).first();
    }
}
