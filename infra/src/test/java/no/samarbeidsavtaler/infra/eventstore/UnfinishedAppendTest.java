package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real MongoDB a loader can see the first events of a multi-event append before its last ones
 * (insertMany is not atomic; the embedded server happens to be). Such a prefix must not be built on.
 */
class UnfinishedAppendTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = TestMongo.inMemory();
        engine = engine(mongo.database(), clock);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void tailOfAnUnfinishedAppendIsHiddenSoACompetingAppendConflicts() {
        engine.appendEvents(event("avtale", 0));
        List<DomainEventMessage<?>> append = events("avtale", 1, 2);
        long first = allocateWithoutInsert(mongo.database(), 2) - 1;
        insertRaw(append.get(0), first, 2); // the first half is visible, the second still on its way

        assertThat(engine.lastSequenceNumberFor("avtale")).contains(0L);
        assertThat(engine.readEvents("avtale").asStream()).hasSize(1);
        assertThatThrownBy(() -> engine.appendEvents(event("avtale", 1))).isInstanceOf(ConcurrencyException.class);

        insertRaw(append.get(1), first + 1, 2);
        assertThat(engine.readEvents("avtale").asStream().map(DomainEventMessage::getIdentifier))
                .endsWith(append.get(0).getIdentifier(), append.get(1).getIdentifier());
    }

    @Test
    void unfinishedAppendOlderThanTheGapTimeoutIsFinal() {
        List<DomainEventMessage<?>> append = events("avtale", 0, 3);
        long first = allocateWithoutInsert(mongo.database(), 3) - 2;
        insertRaw(append.get(0), first, 2); // the writer died after its first event
        assertThat(engine.lastSequenceNumberFor("avtale")).isEmpty();

        clock.advance(Duration.ofSeconds(61));

        assertThat(engine.lastSequenceNumberFor("avtale")).contains(0L);
        engine.appendEvents(event("avtale", 1));
        assertThat(engine.readEvents("avtale").asStream()).hasSize(2);
    }

    private void insertRaw(DomainEventMessage<?> event, long position, long appendLastSequence) {
        BsonDocument document = SerializedEvent.of(event, serializer())
                .toEventDocument(position, clock.instant(), appendLastSequence);
        eventsCollection(mongo.database()).insertOne(document);
    }
}
