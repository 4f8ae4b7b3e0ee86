package no.samarbeidsavtaler.infra.eventstore;

/**
 * Field names of the stored documents. They are the auditor-facing format of the store: renaming one
 * is a data migration, not a refactoring (and changes every hash: ADR 0003). Public for the integrity
 * verifier, which reads the same documents.
 */
public final class EventFields {

    /** Events: the global position (a long). Snapshots: the aggregate identifier. */
    public static final String ID = "_id";
    /** aggregateId + "/" + 19-digit sequence number, "event/" + eventId, or "void/" + position; unique. */
    public static final String STREAM_KEY = "streamKey";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String SEQUENCE_NUMBER = "sequenceNumber";
    /** Sequence number of the last event written by the same append; lets loaders see an unfinished append. */
    public static final String APPEND_LAST_SEQUENCE = "appendLastSequence";
    public static final String EVENT_ID = "eventId";
    /** The event's own timestamp, ISO-8601 UTC with nine fraction digits: exact and sortable as text. */
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String PAYLOAD_REVISION = "payloadRevision";
    public static final String PAYLOAD = "payload";
    public static final String META_DATA = "metaData";
    /** Engine clock when the position was allocated (BSON date); drives the writer deadline and gap expiry. */
    public static final String ALLOCATED_AT = "allocatedAt";
    /** Marks a position that was allocated but will never hold an event. */
    public static final String VOID = "void";
    /** Why a position is void: its append failed, or a reader fenced an abandoned allocation. */
    public static final String VOID_REASON = "voidReason";
    /**
     * SHA-256 (lowercase hex) of the document's canonical form without this field: {@link DocumentHash}.
     * Every event and void written since ADR 0003 carries one.
     */
    public static final String HASH = "hash";
    /**
     * Aggregate events: the {@code hash} of the previous event of the same stream, or
     * {@link DocumentHash#GENESIS} at sequence 0. Absent on events written before ADR 0003 (legacy).
     */
    public static final String PREVIOUS_HASH = "previousHash";
    /** Snapshots: engine clock when the snapshot was stored. */
    public static final String STORED_AT = "storedAt";

    /** The position counter in the counters collection: {@code {_id: "events", next: highest allocated}}. */
    public static final String COUNTER_ID = "events";
    public static final String COUNTER_NEXT = "next";

    public static final String EVENT_KEY_PREFIX = "event/";
    public static final String VOID_KEY_PREFIX = "void/";

    private EventFields() {
    }

    /** The unique key of one event of one aggregate; zero-padded so keys of one stream sort by sequence. */
    public static String streamKey(String aggregateId, long sequenceNumber) {
        String digits = Long.toString(sequenceNumber);
        StringBuilder key = new StringBuilder(aggregateId.length() + 20).append(aggregateId).append('/');
        for (int i = digits.length(); i < 19; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }
}
