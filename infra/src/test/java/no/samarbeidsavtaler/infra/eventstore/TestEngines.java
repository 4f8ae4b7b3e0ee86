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

/** Engines, serializers, events and raw-store helpers shared by the event store tests. */
final class TestEngines {

    static final String AGGREGATE_TYPE = "Samarbeidsavtale";

    private TestEngines() {
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    static MongoEventStorageEngineBuilder builder(MongoDatabase database, Clock clock) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer())
                .snapshotSerializer(serializer())
                .batchSize(20)
                .clock(clock);
    }

    static MongoEventStorageEngine engine(MongoDatabase database, Clock clock) {
        MongoEventStorageEngine engine = builder(database, clock).build();
        engine.ensureIndexes();
        return engine;
    }

    static DomainEventMessage<ClauseRecorded> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence,
                ClauseRecorded.sample(aggregateId, "clause " + sequence + " " + UUID.randomUUID()),
                Map.of("actorId", "saksbehandler-1", "reason", "test"));
    }

    /** Events {@code from … from + count - 1} of one aggregate, as one unit of work would append them. */
    static List<DomainEventMessage<?>> events(String aggregateId, long from, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long sequence = from; sequence < from + count; sequence++) {
            events.add(event(aggregateId, sequence));
        }
        return events;
    }

    /** A writer that crashed right after allocating: the counter moves, nothing is ever inserted. */
    static long allocateWithoutInsert(MongoDatabase database, int count) {
        MongoCollection<BsonDocument> counters = database.getCollection("counters", BsonDocument.class);
        BsonDocument counter = counters.findOneAndUpdate(new BsonDocument("_id", new org.bson.BsonString("events")),
                Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getNumber("next").longValue();
    }

    static MongoCollection<BsonDocument> eventsCollection(MongoDatabase database) {
        return database.getCollection("events", BsonDocument.class);
    }
}
