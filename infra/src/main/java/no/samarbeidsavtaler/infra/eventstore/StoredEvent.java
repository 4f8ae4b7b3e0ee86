package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A stored event or snapshot as Axon's upcasters and serializer expect it: payload and metadata as the
 * JSON text the serializer produced, the stored revision, and the exact timestamp. (Axon's own
 * {@code GenericDomainEventEntry} would cut the timestamp to milliseconds.)
 */
record StoredEvent(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                   Instant timestamp, String payloadType, String payloadRevision, String payload, String metaData)
        implements DomainEventData<String> {

    static StoredEvent fromDocument(BsonDocument document) {
        boolean domainEvent = document.containsKey(SEQUENCE_NUMBER);
        return new StoredEvent(
                string(document.get(AGGREGATE_TYPE)),
                domainEvent ? document.getString(AGGREGATE_ID).getValue() : null,
                domainEvent ? document.getNumber(SEQUENCE_NUMBER).longValue() : 0L,
                document.getString(EVENT_ID).getValue(),
                Instant.parse(document.getString(TIMESTAMP).getValue()),
                document.getString(PAYLOAD_TYPE).getValue(),
                string(document.get(PAYLOAD_REVISION)),
                JsonBson.toJson(document.get(PAYLOAD)),
                JsonBson.toJson(document.get(META_DATA)));
    }

    /** Domain events keep their aggregate; plain events must not look like one to Axon. */
    TrackedEventData<String> tracked(TrackingToken token) {
        if (aggregateIdentifier != null) {
            return new TrackedDomainEventData<>(token, this);
        }
        return new TrackedPlainEvent(token, this);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateIdentifier;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SerializedMetaData<>(metaData, String.class);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
    }

    private static String string(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    /** A tracked event that belongs to no aggregate. */
    record TrackedPlainEvent(TrackingToken trackingToken, EventData<String> event) implements TrackedEventData<String> {

        @Override
        public String getEventIdentifier() {
            return event.getEventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return event.getTimestamp();
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<String> getPayload() {
            return event.getPayload();
        }
    }
}
