package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One agreement's stream, read by exact stream keys in windows of 32 doubling to 1,024 (as the engine loads
 * aggregates) until a whole window is empty, so a deleted event inside the stream does not end the read.
 */
final class AgreementScan {

    private static final int FIRST_WINDOW = 32;
    private static final int MAX_WINDOW = 1024;

    private final StoreCollections store;
    private final Clock clock;

    AgreementScan(StoreCollections store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    VerificationReport run(String aggregateId) {
        Instant startedAt = clock.instant();
        long head = store.highestAllocated();
        AnchorStore anchors = new AnchorStore(store);
        long lastNumber = anchors.lastNumber();
        BsonDocument lastAnchor = lastNumber == 0 ? null : anchors.read(lastNumber);
        long lastAnchored = lastAnchor == null ? 0 : lastAnchor.getNumber(Anchor.UP_TO).longValue();
        Findings findings = new Findings();
        StreamCheck stream = new StreamCheck(findings);
        long unanchored = 0;
        TreeMap<Long, BsonDocument> events = read(aggregateId);
        for (BsonDocument document : events.values()) {
            BsonValue id = document.get(EventFields.ID);
            long position = id.isNumber() ? id.asNumber().longValue() : -1;
            DocumentCheck.Checked checked = DocumentCheck.check(position, document, findings);
            if (position < 1 || position > head) {
                findings.add(DocumentCheck.finding(FindingKind.INSERTED, checked,
                        "outside the allocated positions 1-" + head));
            }
            unanchored += position > lastAnchored ? 1 : 0;
            if (checked.inStream() && aggregateId.equals(checked.aggregateId())) {
                stream.accept(checked);
            }
        }
        return new VerificationReport("agreement " + aggregateId, startedAt, clock.instant(), head, events.size(),
                stream.legacyEvents(), lastAnchor == null ? 0 : 1, lastAnchored, 0, findings.total(), findings.counts(),
                findings.listed(), Notes.forAgreement(events.size(), unanchored, stream.legacyEvents()));
    }

    /** The stream's documents by the sequence number their key names. */
    private TreeMap<Long, BsonDocument> read(String aggregateId) {
        TreeMap<Long, BsonDocument> bySequence = new TreeMap<>();
        long next = 0;
        int window = FIRST_WINDOW;
        while (true) {
            List<String> keys = new ArrayList<>(window);
            for (long sequence = next; sequence < next + window; sequence++) {
                keys.add(EventFields.streamKey(aggregateId, sequence));
            }
            int before = bySequence.size();
            for (BsonDocument document : store.eventsCollection().find(in(EventFields.STREAM_KEY, keys))) {
                String key = document.getString(EventFields.STREAM_KEY).getValue();
                bySequence.put(Long.parseLong(key.substring(key.length() - 19)), document);
            }
            if (bySequence.size() == before) {
                return bySequence;
            }
            next += window;
            window = Math.min(window * 2, MAX_WINDOW);
        }
    }
}
