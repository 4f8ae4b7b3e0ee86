package no.samarbeidsavtaler.infra.integrity;

import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The whole-store run: every position 1 … max(counter, last anchored) in {@code $in} batches, each document
 * checked on its own and in its stream, the position chain recomputed and compared with every anchor, and
 * documents outside the allocated positions found by a count.
 */
final class StoreScan {

    private final StoreCollections store;
    private final Clock clock;
    private final Instant startedAt;
    private final Duration settleTime;
    private final Findings findings = new Findings();
    private final StreamCheck streams = new StreamCheck(findings);
    private final List<Long> unfilled = new ArrayList<>();
    private long pending;
    private long documents;

    StoreScan(StoreCollections store, Clock clock, Duration settleTime) {
        this.store = store;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.settleTime = settleTime;
    }

    VerificationReport run(VerificationProgress progress, Map<Long, String> trustedAnchors) {
        long head = store.highestAllocated();
        AnchorCheck anchorCheck = new AnchorCheck(new AnchorStore(store), findings);
        List<Anchor> anchors = anchorCheck.check(trustedAnchors, store);
        long lastAnchored = anchors.isEmpty() ? 0 : anchors.get(anchors.size() - 1).upToPosition();
        long end = Math.max(head, lastAnchored);
        int nextAnchor = 0;
        String root = DocumentHash.GENESIS;
        for (long batch = 1; batch <= end; batch += StoreCollections.BATCH) {
            long batchEnd = Math.min(end, batch + StoreCollections.BATCH - 1);
            TreeMap<Long, BsonDocument> found = store.positions(batch, batchEnd);
            for (long position = batch; position <= batchEnd; position++) {
                String leaf = check(position, found.get(position), head, lastAnchored, anchors, nextAnchor);
                root = PositionChain.next(root, leaf);
                while (nextAnchor < anchors.size() && anchors.get(nextAnchor).upToPosition() == position) {
                    Anchor anchor = anchors.get(nextAnchor++);
                    if (!root.equals(anchor.rootHash())) {
                        findings.add(Finding.atAnchor(anchor.number(), "positions " + anchor.fromPosition() + "-"
                                + position + " no longer hash to the anchored root " + anchor.rootHash()
                                + " (now " + root + "); findings in that range name the documents, none means a "
                                + "document was replaced with a recomputed hash or documents were reordered"));
                    }
                    // Each anchor is judged on its own range: the next starts from this anchor's root, unless
                    // this anchor is itself altered (then its root is worth nothing; keep the recomputed one).
                    root = anchorCheck.isAltered(anchor) ? root : anchor.rootHash();
                }
            }
            progress.checked(batchEnd, end);
        }
        pending += unfilled.size();
        reportDocumentsOutside(head, end);
        List<String> notes = Notes.forStore(head, lastAnchored, streams.legacyEvents(), pending, trustedAnchors);
        return new VerificationReport("store", startedAt, clock.instant(), head, documents, streams.legacyEvents(),
                anchorCheck.checked(), lastAnchored, pending, findings.total(), findings.counts(), findings.listed(),
                notes);
    }

    /** Checks one position; returns its leaf for the position chain. */
    private String check(long position, BsonDocument document, long head, long lastAnchored, List<Anchor> anchors,
                         int nextAnchor) {
        if (document == null) {
            if (position <= lastAnchored) {
                findings.add(Finding.atPosition(FindingKind.MISSING, position, "no document, but anchor "
                        + anchors.get(nextAnchor).number() + " covers this position: the document was deleted"));
            } else {
                unfilled.add(position);
            }
            return PositionChain.MISSING_LEAF;
        }
        return checkDocument(position, document, head);
    }

    private String checkDocument(long position, BsonDocument document, long head) {
        documents++;
        DocumentCheck.Checked checked = DocumentCheck.check(position, document, findings);
        if (position > head) {
            findings.add(DocumentCheck.finding(FindingKind.INSERTED, checked,
                    "beyond the highest allocated position " + head));
        }
        if (checked.inStream()) {
            streams.accept(checked);
        }
        settleUnfilled(document);
        return checked.recomputed();
    }

    /**
     * Unanchored positions without a document below this one. If this document was allocated longer ago than
     * the settle time, no append can still be writing them (writer deadline, ADR 0002) and readers would have
     * fenced them with voids: something deleted them. Otherwise they may be appends in flight.
     */
    private void settleUnfilled(BsonDocument document) {
        if (unfilled.isEmpty()) {
            return;
        }
        BsonValue allocatedAt = document.get(EventFields.ALLOCATED_AT);
        boolean settled = allocatedAt != null && allocatedAt.isDateTime()
                && Instant.ofEpochMilli(allocatedAt.asDateTime().getValue()).isBefore(startedAt.minus(settleTime));
        if (settled) {
            for (long position : unfilled) {
                findings.add(Finding.atPosition(FindingKind.MISSING, position, "no document, not anchored yet, and a "
                        + "later position was allocated more than " + settleTime + " before this run: deleted, or an "
                        + "abandoned allocation no reader has fenced"));
            }
        } else {
            pending += unfilled.size();
        }
        unfilled.clear();
    }

    /**
     * A count tells whether documents exist outside 1 … end; only then are their ids read (a full scan). Those
     * beyond the end are checked like any other (a forged append also breaks or fakes a link); the rest are
     * reported as they are.
     */
    private void reportDocumentsOutside(long head, long end) {
        if (store.eventsCollection().countDocuments() == documents) {
            return;
        }
        TreeMap<Long, BsonDocument> beyond = new TreeMap<>();
        for (BsonDocument document : store.eventsCollection().find().projection(Projections.include("_id"))) {
            BsonValue id = document.get("_id");
            if (id.isInt64() && id.asInt64().getValue() > end) {
                beyond.put(id.asInt64().getValue(), null);
            } else if (!id.isInt64() || id.asInt64().getValue() < 1) {
                findings.add(new Finding(FindingKind.INSERTED, id.isNumber() ? id.asNumber().longValue() : null,
                        null, null, null, null, "document " + id + " is outside the allocated positions 1-" + end));
            }
        }
        for (long position : beyond.keySet()) {
            checkDocument(position, store.positions(position, position).get(position), head);
        }
    }
}
