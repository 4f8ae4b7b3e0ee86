package no.samarbeidsavtaler.projections.rebuild;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.projections.history.AuditedRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Many agreements' worth of real events, fast: the Helse Fonna demo is recorded once through the
 * aggregate, then its events are copied under new agreement ids. Payloads are stored as JSON and
 * deserialized lazily, as from the real store, so a replay pays for deserialization.
 */
final class SyntheticHistory {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)).build(); // as infra's

    private SyntheticHistory() {
    }

    /** A storage engine holding at least {@code events} events. */
    static EventStorageEngine withEvents(int events) {
        List<DomainEventMessage<?>> template = new ArrayList<>();
        try (AuditedRegistry registry = AuditedRegistry.start()) {
            registry.sendAll(HelseFonna2016.commands());
            registry.eventStore().readEvents(HelseFonna2016.AGREEMENT_ID).forEachRemaining(template::add);
        }
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        int stored = 0;
        for (int copy = 0; stored < events; copy++) {
            String id = "synthetic-" + copy;
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (DomainEventMessage<?> event : template) {
                Object payload = withAgreementId(event.getPayload(), id);
                var serialized = new SerializedMessage<>(UUID.randomUUID().toString(),
                        SERIALIZER.serialize(payload, String.class), SERIALIZER.serialize(event.getMetaData(), String.class),
                        SERIALIZER);
                batch.add(new GenericDomainEventMessage<>(event.getType(), id, event.getSequenceNumber(), serialized,
                        event.getTimestamp()));
            }
            engine.appendEvents(batch);
            stored += batch.size();
        }
        return engine;
    }

    /** A copy of an event record with another agreementId. */
    static Object withAgreementId(Object payload, String agreementId) {
        try {
            RecordComponent[] components = payload.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("agreementId") ? agreementId
                        : components[i].getAccessor().invoke(payload);
            }
            return payload.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
