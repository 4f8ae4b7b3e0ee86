package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two writers append the same sequence number of one aggregate, both having allocated before either inserts. */
class ConflictingAppendTest {

    private final CyclicBarrier bothAllocated = new CyclicBarrier(2);
    private TestMongo mongo;
    private MongoEventStorageEngine engine;
    private ExecutorService writers;

    /** The store under test; {@code RealMongoEventStoreTest} runs the same scenarios on a real MongoDB. */
    TestMongo newMongo() {
        return TestMongo.inMemory();
    }

    @BeforeEach
    void start() {
        mongo = newMongo();
        engine = builder(mongo.database(), Clock.systemUTC())
                .appendInterceptor(allocation -> awaitOtherWriter())
                .build();
        engine.ensureIndexes();
        writers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        writers.shutdownNow();
        mongo.close();
    }

    @Test
    void secondWriterAtTheSameSequenceGetsConcurrencyException() throws Exception {
        appendWithoutBarrier(event("avtale-1", 0));
        var a = event("avtale-1", 1);
        var b = event("avtale-1", 1);

        List<Throwable> outcomes = race(a, b);

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null).singleElement()
                .isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);
        String winner = outcomes.get(0) == null ? a.getIdentifier() : b.getIdentifier();
        String loser = outcomes.get(0) == null ? b.getIdentifier() : a.getIdentifier();
        assertOnlyWinnerStored(winner, loser, 2);
    }

    @Test
    void secondCreatorOfTheSameAggregateGetsAggregateStreamCreationException() throws Exception {
        var a = event("avtale-1", 0);
        var b = event("avtale-1", 0);

        List<Throwable> outcomes = race(a, b);

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null).singleElement()
                .isInstanceOf(AggregateStreamCreationException.class);
        String winner = outcomes.get(0) == null ? a.getIdentifier() : b.getIdentifier();
        String loser = outcomes.get(0) == null ? b.getIdentifier() : a.getIdentifier();
        assertOnlyWinnerStored(winner, loser, 1);
    }

    private void assertOnlyWinnerStored(String winner, String loser, int expectedEvents) {
        List<String> loaded = engine.readEvents("avtale-1").asStream().map(DomainEventMessage::getIdentifier).toList();
        assertThat(loaded).hasSize(expectedEvents).endsWith(winner).doesNotContain(loser);
        List<String> tracked = new TrackingCursor(engine, null).poll().stream()
                .map(TrackedEventMessage::getIdentifier).toList();
        assertThat(tracked).isEqualTo(loaded);
        // Both positions are accounted for: the loser's position holds a void, not a half-written event.
        long last = engine.highestAllocatedPosition();
        BsonDocument lastTwo = new BsonDocument("$in", new org.bson.BsonArray(
                List.of(new BsonInt64(last - 1), new BsonInt64(last))));
        List<BsonDocument> documents = eventsCollection(mongo.database()).find(new BsonDocument("_id", lastTwo))
                .into(new ArrayList<>());
        assertThat(documents).hasSize(2);
        assertThat(documents).filteredOn(document -> document.containsKey("void")).hasSize(1);
    }

    /** Both appends run concurrently; returns each one's failure, or null when it succeeded. */
    private List<Throwable> race(DomainEventMessage<?> a, DomainEventMessage<?> b) throws Exception {
        Future<?> first = writers.submit(() -> engine.appendEvents(a));
        Future<?> second = writers.submit(() -> engine.appendEvents(b));
        return Arrays.asList(outcome(first), outcome(second));
    }

    private static Throwable outcome(Future<?> append) throws InterruptedException, TimeoutException {
        try {
            append.get(30, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
    }

    private void appendWithoutBarrier(DomainEventMessage<?> event) {
        MongoEventStorageEngine plain = engine(mongo.database(), Clock.systemUTC());
        plain.appendEvents(event);
    }

    private void awaitOtherWriter() {
        try {
            bothAllocated.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("The other writer never allocated", e);
        }
    }
}
