package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * One event (or snapshot) serialized before any position is allocated, so a payload the serializer
 * refuses never burns a position.
 */
record SerializedEvent(String aggregateType, String aggregateId, Long sequenceNumber, String eventId,
                       Instant timestamp, String payloadType, String payloadRevision,
                       BsonValue payload, BsonValue metaData) {

    /** Always nine fraction digits: the text is exact (Axon's Instant round-trips) and sorts like time. */
    static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    static SerializedEvent of(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        String aggregateType = null;
        String aggregateId = null;
        Long sequenceNumber = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequenceNumber = domainEvent.getSequenceNumber();
        }
        return new SerializedEvent(aggregateType, aggregateId, sequenceNumber, event.getIdentifier(),
                event.getTimestamp(), payload.getType().getName(), payload.getType().getRevision(),
                JsonBson.toBson(payload.getData()), JsonBson.toBson(metaData.getData()));
    }

    boolean isDomainEvent() {
        return aggregateId != null;
    }

    String streamKey() {
        return isDomainEvent() ? EventFields.streamKey(aggregateId, sequenceNumber) : EVENT_KEY_PREFIX + eventId;
    }

    /** The event document, fields in the order an auditor reads them; the appender adds the hash fields last. */
    BsonDocument toEventDocument(long position, Instant allocatedAt, long appendLastSequence) {
        BsonDocument document = new BsonDocument(ID, new BsonInt64(position))
                .append(STREAM_KEY, new BsonString(streamKey()));
        if (isDomainEvent()) {
            document.append(AGGREGATE_TYPE, nullable(aggregateType))
                    .append(AGGREGATE_ID, new BsonString(aggregateId))
                    .append(SEQUENCE_NUMBER, new BsonInt64(sequenceNumber))
                    .append(APPEND_LAST_SEQUENCE, new BsonInt64(appendLastSequence));
        }
        return appendMessage(document).append(ALLOCATED_AT, date(allocatedAt));
    }

    /** The snapshot document: keyed by aggregate, so a lookup is one exact {@code _id} read. */
    BsonDocument toSnapshotDocument(Instant storedAt) {
        BsonDocument document = new BsonDocument(ID, new BsonString(aggregateId))
                .append(AGGREGATE_TYPE, nullable(aggregateType))
                .append(AGGREGATE_ID, new BsonString(aggregateId))
                .append(SEQUENCE_NUMBER, new BsonInt64(sequenceNumber));
        return appendMessage(document).append(STORED_AT, date(storedAt));
    }

    /** Void written by a writer whose append failed after allocating. */
    static final String VOID_APPEND_FAILED = "append failed after allocation";
    /** Void written by a reader giving up on a position nobody filled in time (crashed or paused writer). */
    static final String VOID_ABANDONED = "allocation abandoned; fenced by a reader";

    /**
     * A position that will never hold an event; {@code allocatedAt} never claims an earlier time than the truth.
     * Hashed like an event (no stream link): the anchors then name an edited void exactly.
     */
    static BsonDocument voidDocument(long position, Instant allocatedAt, String reason) {
        return DocumentHash.seal(new BsonDocument(ID, new BsonInt64(position))
                .append(STREAM_KEY, new BsonString(VOID_KEY_PREFIX + position))
                .append(VOID, BsonBoolean.TRUE)
                .append(VOID_REASON, new BsonString(reason))
                .append(ALLOCATED_AT, date(allocatedAt)));
    }

    private BsonDocument appendMessage(BsonDocument document) {
        return document.append(EVENT_ID, new BsonString(eventId))
                .append(TIMESTAMP, new BsonString(TIMESTAMP_FORMAT.format(timestamp)))
                .append(PAYLOAD_TYPE, new BsonString(payloadType))
                .append(PAYLOAD_REVISION, nullable(payloadRevision))
                .append(PAYLOAD, payload)
                .append(META_DATA, metaData);
    }

    private static BsonValue nullable(String value) {
        return value == null ? BsonNull.VALUE : new BsonString(value);
    }

    private static BsonDateTime date(Instant instant) {
        return new BsonDateTime(instant.toEpochMilli());
    }
}
