package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    /** A folded aggregate state, as a snapshotter would store it. */
    record AgreementState(String agreementId, List<String> clauses, long version) {

        static AgreementState empty(String agreementId) {
            return new AgreementState(agreementId, List.of(), -1);
        }

        AgreementState apply(DomainEventMessage<?> event) {
            List<String> next = new ArrayList<>(clauses);
            next.add(((ClauseRecorded) event.getPayload()).clauseText());
            return new AgreementState(agreementId, next, event.getSequenceNumber());
        }
    }

    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = TestMongo.inMemory();
        engine = engine(mongo.database(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void onlyANewerSnapshotReplacesTheStoredOne() {
        engine.storeSnapshot(snapshot("avtale-1", 5));
        engine.storeSnapshot(snapshot("avtale-1", 3));
        assertThat(engine.readSnapshot("avtale-1")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(5L);

        engine.storeSnapshot(snapshot("avtale-1", 8));

        DomainEventMessage<?> latest = engine.readSnapshot("avtale-1").orElseThrow();
        assertThat(latest.getSequenceNumber()).isEqualTo(8L);
        assertThat(latest.getPayload()).isEqualTo(snapshot("avtale-1", 8).getPayload());
        BsonDocument stored = mongo.database().getCollection("snapshots", BsonDocument.class)
                .find(new BsonDocument("_id", new BsonString("avtale-1"))).first();
        assertThat(stored.getDocument("payload").getArray("clauses")).hasSize(9);
        assertThat(mongo.database().getCollection("snapshots").countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("ukjent")).isEmpty();
    }

    @Test
    void racingSnapshottersLeaveTheNewestSnapshot() throws Exception {
        ExecutorService snapshotters = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> stores = new ArrayList<>();
            for (int sequence = 0; sequence < 80; sequence++) {
                int s = (sequence * 37) % 80; // newest not last
                stores.add(snapshotters.submit(() -> engine.storeSnapshot(snapshot("avtale-1", s))));
            }
            for (Future<?> store : stores) {
                store.get(30, TimeUnit.SECONDS);
            }
        } finally {
            snapshotters.shutdownNow();
        }
        assertThat(engine.readSnapshot("avtale-1").orElseThrow().getSequenceNumber()).isEqualTo(79L);
    }

    @Test
    void snapshotPlusTailEqualsAllEvents() {
        engine.appendEvents(events("avtale-1", 0, 6));
        AgreementState atFive = fold(engine.readEvents("avtale-1").asStream());
        engine.storeSnapshot(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "avtale-1", 5, atFive));
        engine.appendEvents(events("avtale-1", 6, 4));
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            List<? extends DomainEventMessage<?>> fromSnapshot = eventStore.readEvents("avtale-1").asStream().toList();

            assertThat(fromSnapshot.get(0).getPayload()).isEqualTo(atFive);
            assertThat(fromSnapshot).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactly(5L, 6L, 7L, 8L, 9L);
            AgreementState replayed = fromSnapshot.stream().skip(1)
                    .reduce(atFive, AgreementState::apply, (a, b) -> b);
            assertThat(replayed).isEqualTo(fold(engine.readEvents("avtale-1").asStream()));
        } finally {
            eventStore.shutDown();
        }
    }

    private static AgreementState fold(Stream<? extends DomainEventMessage<?>> events) {
        return events.reduce(AgreementState.empty("avtale-1"), AgreementState::apply, (a, b) -> b);
    }

    private static DomainEventMessage<AgreementState> snapshot(String aggregateId, long sequence) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i <= sequence; i++) {
            clauses.add("klausul " + i);
        }
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence,
                new AgreementState(aggregateId, clauses, sequence));
    }
}
