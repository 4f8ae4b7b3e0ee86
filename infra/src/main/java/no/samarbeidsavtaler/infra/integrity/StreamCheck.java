package no.samarbeidsavtaler.infra.integrity;

import java.util.HashMap;
import java.util.Map;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;

/**
 * Follows each aggregate stream through its events: sequence numbers without holes, positions growing with
 * sequence numbers, and every {@code previousHash} equal to the hash of the event before it (genesis at 0).
 * Fed in position order by the whole-store run and in sequence order by the per-agreement run.
 */
final class StreamCheck {

    private static final class State {
        long lastSequence = -1;
        long lastPosition;
        String lastHash;
        boolean linked;
    }

    private final Map<String, State> streams = new HashMap<>();
    private final Findings findings;
    private long legacyEvents;

    StreamCheck(Findings findings) {
        this.findings = findings;
    }

    /** Aggregate events without a stream link: written before tamper evidence. */
    long legacyEvents() {
        return legacyEvents;
    }

    void accept(DocumentCheck.Checked event) {
        State state = streams.computeIfAbsent(event.aggregateId(), id -> new State());
        long sequence = event.sequenceNumber();
        if (event.previousHash() == null) {
            legacyEvents++;
        }
        if (sequence <= state.lastSequence) {
            report(FindingKind.INSERTED, event, "comes after event #" + state.lastSequence + " (position "
                    + state.lastPosition + ") of the same stream: reordered or duplicated");
            return;
        }
        if (state.lastSequence >= 0 && event.position() < state.lastPosition) {
            report(FindingKind.INSERTED, event, "stored at a lower position than event #" + state.lastSequence
                    + " (position " + state.lastPosition + "): events of a stream are appended in order");
        }
        if (sequence > state.lastSequence + 1) {
            long first = state.lastSequence + 1;
            findings.add(Finding.inStream(FindingKind.MISSING, null, event.aggregateId(), first, null,
                    "event" + (sequence - 1 == first ? " #" + first + " is" : "s #" + first + "-#" + (sequence - 1)
                            + " are") + " missing before event #" + sequence + " (position " + event.position() + ")"));
        }
        checkLink(state, event, sequence);
        state.lastSequence = sequence;
        state.lastPosition = event.position();
        state.lastHash = event.linkHash();
        state.linked |= event.previousHash() != null;
    }

    private void checkLink(State state, DocumentCheck.Checked event, long sequence) {
        String link = event.previousHash();
        if (link == null) {
            if (state.linked) {
                report(FindingKind.BROKEN_LINK, event, "has no previousHash although earlier events of the stream do");
            }
        } else if (sequence == 0) {
            if (!DocumentHash.GENESIS.equals(link)) {
                report(FindingKind.BROKEN_LINK, event, "first event of the stream, but previousHash " + link
                        + " is not the genesis value");
            }
        } else if (sequence == state.lastSequence + 1 && !link.equals(state.lastHash)) {
            report(FindingKind.BROKEN_LINK, event, "previousHash " + link + " is not the hash " + state.lastHash
                    + " of event #" + state.lastSequence + " (position " + state.lastPosition + "): that event was "
                    + "replaced or its hash changed, or this event was forged");
        }
        // Predecessor missing: reported as MISSING, the link cannot be judged.
    }

    private void report(FindingKind kind, DocumentCheck.Checked event, String detail) {
        findings.add(DocumentCheck.finding(kind, event, detail));
    }
}
