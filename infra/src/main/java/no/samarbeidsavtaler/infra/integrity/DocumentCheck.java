package no.samarbeidsavtaler.infra.integrity;

import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Checks one stored document on its own: does its stored hash match its content, does its key fit its fields? */
final class DocumentCheck {

    enum Kind { AGGREGATE_EVENT, PLAIN_EVENT, VOID }

    /**
     * One checked document. {@code recomputed} is the hash of its content (the anchors' leaf);
     * {@code linkHash} what a successor links to: the stored hash, or the recomputed one when none is stored.
     */
    record Checked(Kind kind, long position, String recomputed, String linkHash, String aggregateId,
                   Long sequenceNumber, String eventId, String previousHash) {

        /** Has what the stream checks need. */
        boolean inStream() {
            return kind == Kind.AGGREGATE_EVENT && aggregateId != null && sequenceNumber != null;
        }
    }

    private DocumentCheck() {
    }

    static Checked check(long position, BsonDocument document, Findings findings) {
        Kind kind = document.containsKey(VOID) ? Kind.VOID
                : document.containsKey(SEQUENCE_NUMBER) || document.containsKey(AGGREGATE_ID) ? Kind.AGGREGATE_EVENT
                : Kind.PLAIN_EVENT;
        String aggregateId = string(document, AGGREGATE_ID);
        BsonValue sequenceValue = document.get(SEQUENCE_NUMBER);
        Long sequence = sequenceValue != null && sequenceValue.isNumber() ? sequenceValue.asNumber().longValue() : null;
        String eventId = string(document, EVENT_ID);
        String recomputed = DocumentHash.of(document);
        String stored = string(document, HASH);
        Checked checked = new Checked(kind, position, recomputed, stored == null ? recomputed : stored,
                kind == Kind.AGGREGATE_EVENT ? aggregateId : null, kind == Kind.AGGREGATE_EVENT ? sequence : null,
                eventId, string(document, PREVIOUS_HASH));
        if (stored == null) {
            findings.add(finding(FindingKind.UNSEALED_LEGACY, checked, "no hash: written before tamper evidence "
                    + "and not sealed; nothing shows whether it was changed (seal it: --seal-legacy)"));
        } else if (!stored.equals(recomputed)) {
            findings.add(finding(FindingKind.ALTERED, checked, "stored hash " + stored
                    + " is not the hash of the document's content " + recomputed));
            return checked; // its fields are not to be trusted; the key check would only repeat the finding
        }
        String expectedKey = expectedKey(kind, position, aggregateId, sequence, eventId);
        String key = string(document, STREAM_KEY);
        if (expectedKey == null || !expectedKey.equals(key)) {
            findings.add(finding(FindingKind.INSERTED, checked, "streamKey " + key + " does not fit the document's "
                    + "fields (expected " + expectedKey + "): a forged document with a recomputed hash"));
        }
        return checked;
    }

    private static String expectedKey(Kind kind, long position, String aggregateId, Long sequence, String eventId) {
        return switch (kind) {
            case VOID -> VOID_KEY_PREFIX + position;
            case PLAIN_EVENT -> eventId == null ? null : EVENT_KEY_PREFIX + eventId;
            case AGGREGATE_EVENT -> aggregateId == null || sequence == null ? null
                    : EventFields.streamKey(aggregateId, sequence);
        };
    }

    static Finding finding(FindingKind kind, Checked checked, String detail) {
        return Finding.inStream(kind, checked.position(), checked.aggregateId(), checked.sequenceNumber(),
                checked.eventId(), detail);
    }

    private static String string(BsonDocument document, String field) {
        BsonValue value = document.get(field);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }
}
