package no.samarbeidsavtaler.infra.eventstore;

/**
 * Field names of the stored documents. They are the auditor-facing format of the store: renaming one
 * is a data migration, not a refactoring.
 */
final class EventFields {

    /** Events: the global position (a long). Snapshots: the aggregate identifier. */
    static final String ID = "_id";
    /** aggregateId + "/" + 19-digit sequence number, "event/" + eventId, or "void/" + position; unique. */
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    /** Sequence number of the last event written by the same append; lets loaders see an unfinished append. */
    static final String APPEND_LAST_SEQUENCE = "appendLastSequence";
    static final String EVENT_ID = "eventId";
    /** The event's own timestamp, ISO-8601 UTC with nine fraction digits: exact and sortable as text. */
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    /** Engine clock when the position was allocated (BSON date); drives the writer deadline and gap expiry. */
    static final String ALLOCATED_AT = "allocatedAt";
    /** Marks a position that was allocated but will never hold an event. */
    static final String VOID = "void";
    /** Why a position is void: its append failed, or a reader fenced an abandoned allocation. */
    static final String VOID_REASON = "voidReason";
    /** Snapshots: engine clock when the snapshot was stored. */
    static final String STORED_AT = "storedAt";

    static final String EVENT_KEY_PREFIX = "event/";
    static final String VOID_KEY_PREFIX = "void/";

    private EventFields() {
    }

    /** The unique key of one event of one aggregate; zero-padded so keys of one stream sort by sequence. */
    static String streamKey(String aggregateId, long sequenceNumber) {
        String digits = Long.toString(sequenceNumber);
        StringBuilder key = new StringBuilder(aggregateId.length() + 20).append(aggregateId).append('/');
        for (int i = digits.length(); i < 19; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }
}
