package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.FixedValueRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revision "1" events stored by an older release are upcast to revision "2" when read. */
class UpcastingTest {

    /** How the event looked in revision 1. */
    record MunicipalityJoinedV1(String name) {
    }

    /** Revision 2: renamed class, renamed field, and a field the old events lack. */
    @Revision("2")
    record MunicipalityJoined(String municipalityName, String source) {
    }

    static final class JoinedUpcaster extends SingleEventUpcaster {

        private static final SimpleSerializedType V1 = new SimpleSerializedType(MunicipalityJoinedV1.class.getName(), "1");
        private static final SimpleSerializedType V2 = new SimpleSerializedType(MunicipalityJoined.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(V1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(V2, JsonNode.class, json -> {
                ObjectNode node = (ObjectNode) json;
                node.set("municipalityName", node.remove("name"));
                node.put("source", "upcast from revision 1");
                return node;
            });
        }
    }

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
    void upcasterRunsOnAggregateLoadAndOnTrackingRead() {
        JacksonSerializer oldRelease = JacksonSerializer.builder().objectMapper(objectMapper())
                .revisionResolver(new FixedValueRevisionResolver("1")).build();
        MongoEventStorageEngine writer = MongoEventStorageEngine.builder().database(mongo.database())
                .eventSerializer(oldRelease).build();
        writer.ensureIndexes();
        writer.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "avtale-1", 0,
                new MunicipalityJoinedV1("Bømlo")));
        MongoEventStorageEngine reader = builder(mongo.database(), Clock.systemUTC())
                .upcasterChain(new JoinedUpcaster()).build();

        DomainEventMessage<?> loaded = reader.readEvents("avtale-1").next();
        Object tracked = new TrackingCursor(reader, null).poll().get(0).getPayload();

        MunicipalityJoined expected = new MunicipalityJoined("Bømlo", "upcast from revision 1");
        assertThat(loaded.getPayload()).isEqualTo(expected);
        assertThat(tracked).isEqualTo(expected);
        assertThat(eventsCollection(mongo.database()).find().first().getString("payloadRevision").getValue())
                .as("history itself is never rewritten").isEqualTo("1");
    }
}
