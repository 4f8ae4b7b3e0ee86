package no.samarbeidsavtaler.infra.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;

/** Engines, serializers, events and raw-store helpers shared by the event store and integrity tests. */
public final class TestEngines {

    public static final String AGGREGATE_TYPE = "Samarbeidsavtale";

    private TestEngines() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    public static MongoEventStorageEngineBuilder builder(MongoDatabase database, Clock clock) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer())
                .snapshotSerializer(serializer())
                .batchSize(20)
                .clock(clock);
    }

    public static MongoEventStorageEngine engine(MongoDatabase database, Clock clock) {
        MongoEventStorageEngine engine = builder(database, clock).build();
        engine.ensureIndexes();
        return engine;
    }

    public static DomainEventMessage<ClauseRecorded> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence,
                ClauseRecorded.sample(aggregateId, "clause " + sequence + " " + UUID.randomUUID()),
                Map.of("actorId", "saksbehandler-1", "reason", "test"));
    }

    /** Events {@code from … from + count - 1} of one aggregate, as one unit of work would append them. */
    public static List<DomainEventMessage<?>> events(String aggregateId, long from, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long sequence = from; sequence < from + count; sequence++) {
            events.add(event(aggregateId, sequence));
        }
        return events;
    }

    /** A writer that crashed right after allocating: the counter moves, nothing is ever inserted. */
    public static long allocateWithoutInsert(MongoDatabase database, int count) {
        MongoCollection<BsonDocument> counters = database.getCollection("counters", BsonDocument.class);
        BsonDocument counter = counters.findOneAndUpdate(new BsonDocument("_id", new org.bson.BsonString("events")),
                Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getNumber("next").longValue();
    }

    /**
     * An event as the engine wrote it before ADR 0003 (no hash, no link), at a freshly allocated position;
     * returns the position.
     */
    public static long insertLegacy(MongoDatabase database, DomainEventMessage<?> event, Clock clock) {
        long position = allocateWithoutInsert(database, 1);
        eventsCollection(database).insertOne(SerializedEvent.of(event, serializer())
                .toEventDocument(position, clock.instant(), event.getSequenceNumber()));
        return position;
    }

    /** An append that fails after allocating (connection lost): its positions end up as voids. */
    public static void failedAppend(MongoDatabase database, Clock clock, List<? extends DomainEventMessage<?>> events) {
        MongoEventStorageEngine failing = builder(database, clock).appendInterceptor(allocation -> {
            throw new IllegalStateException("connection lost");
        }).build();
        try {
            failing.appendEvents(events);
        } catch (org.axonframework.eventsourcing.eventstore.EventStoreException expected) {
            return;
        }
        throw new IllegalStateException("the append was expected to fail");
    }

    /** A void as a reader's fence writes it. */
    public static void fence(MongoDatabase database, long position, Clock clock) {
        eventsCollection(database).insertOne(
                SerializedEvent.voidDocument(position, clock.instant(), SerializedEvent.VOID_ABANDONED));
    }

    public static MongoCollection<BsonDocument> eventsCollection(MongoDatabase database) {
        return database.getCollection("events", BsonDocument.class);
    }
}
