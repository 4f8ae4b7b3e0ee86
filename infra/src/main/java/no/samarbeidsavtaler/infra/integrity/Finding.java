package no.samarbeidsavtaler.infra.integrity;

/**
 * One finding, naming the exact document: its global position and, for aggregate events, the stream
 * (aggregate id, sequence number) and event id; for anchor findings the anchor number. Fields that do not
 * apply are null.
 */
public record Finding(FindingKind kind, Long position, String aggregateId, Long sequenceNumber, String eventId,
                      Long anchorNumber, String detail) {

    static Finding atPosition(FindingKind kind, long position, String detail) {
        return new Finding(kind, position, null, null, null, null, detail);
    }

    static Finding inStream(FindingKind kind, Long position, String aggregateId, Long sequenceNumber, String eventId,
                            String detail) {
        return new Finding(kind, position, aggregateId, sequenceNumber, eventId, null, detail);
    }

    static Finding atAnchor(long anchorNumber, String detail) {
        return new Finding(FindingKind.ANCHOR_MISMATCH, null, null, null, null, anchorNumber, detail);
    }

    /** One line for people: what, where, why. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.name());
        if (anchorNumber != null) {
            text.append(" anchor ").append(anchorNumber);
        }
        if (position != null) {
            text.append(" at position ").append(position);
        }
        if (aggregateId != null) {
            text.append(" (agreement ").append(aggregateId);
            if (sequenceNumber != null) {
                text.append(" event #").append(sequenceNumber);
            }
            if (eventId != null) {
                text.append(", eventId ").append(eventId);
            }
            text.append(')');
        }
        return text.append(": ").append(detail).toString();
    }
}
