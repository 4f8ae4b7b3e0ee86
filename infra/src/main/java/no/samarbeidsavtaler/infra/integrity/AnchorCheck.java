package no.samarbeidsavtaler.infra.integrity;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Checks the anchor documents themselves: numbered 1 … n without holes up to the pointer, each matching its
 * own hash, linked to the previous anchor's hash, covering the positions right after the previous anchor, and
 * equal to any hash the auditor kept outside the database. Returns the anchors whose ranges can be checked
 * against the events, in order.
 */
final class AnchorCheck {

    private final AnchorStore anchors;
    private final Findings findings;
    private final Set<Long> altered = new HashSet<>();
    private long checked;

    AnchorCheck(AnchorStore anchors, Findings findings) {
        this.anchors = anchors;
        this.findings = findings;
    }

    long checked() {
        return checked;
    }

    /** Anchors whose content does not match their own hash: their root hash is not to be relied on. */
    boolean isAltered(Anchor anchor) {
        return altered.contains(anchor.number());
    }

    List<Anchor> check(Map<Long, String> trustedHashes, StoreCollections store) {
        long pointer = anchors.pointer();
        long last = Math.max(pointer, anchors.lastNumber());
        TreeMap<Long, BsonDocument> documents = anchors.readAll(last);
        checked = documents.size();
        List<Anchor> usable = new ArrayList<>();
        String previousHash = DocumentHash.GENESIS;
        long expectedFrom = 1;
        for (long number = 1; number <= last; number++) {
            BsonDocument document = documents.get(number);
            if (document == null) {
                findings.add(Finding.atAnchor(number, "anchor is missing (anchors run to " + last + ")"));
                previousHash = null;
                continue;
            }
            Anchor anchor;
            try {
                anchor = Anchor.fromDocument(document);
            } catch (RuntimeException malformed) {
                findings.add(Finding.atAnchor(number, "malformed anchor document: " + malformed.getMessage()));
                previousHash = null;
                continue;
            }
            String recomputed = DocumentHash.of(document);
            if (!recomputed.equals(anchor.hash())) {
                altered.add(number);
                findings.add(Finding.atAnchor(number, "anchor document altered: stored hash " + anchor.hash()
                        + ", content hashes to " + recomputed));
            }
            if (previousHash != null && !previousHash.equals(anchor.previousAnchorHash())) {
                findings.add(Finding.atAnchor(number, "previousAnchorHash " + anchor.previousAnchorHash()
                        + " is not the hash " + previousHash + " of anchor " + (number - 1)));
            }
            String trusted = trustedHashes.get(number);
            if (trusted != null && !trusted.equalsIgnoreCase(recomputed)) {
                findings.add(Finding.atAnchor(number, "does not match the trusted hash " + trusted
                        + " kept outside the database: the store was rewritten"));
            }
            if (anchor.fromPosition() != expectedFrom || anchor.upToPosition() < anchor.fromPosition()) {
                findings.add(Finding.atAnchor(number, "covers positions " + anchor.fromPosition() + "-"
                        + anchor.upToPosition() + " but should start at " + expectedFrom));
            } else {
                usable.add(anchor);
                expectedFrom = anchor.upToPosition() + 1;
            }
            previousHash = anchor.hash();
        }
        trustedHashes.keySet().stream().filter(number -> number < 1 || number > last).forEach(number ->
                findings.add(Finding.atAnchor(number, "trusted anchor is not in the store")));
        reportStrays(store, last);
        return usable;
    }

    /** Anchor documents outside 1 … last cannot be reached by number; only a count shows them. */
    private void reportStrays(StoreCollections store, long last) {
        if (store.anchorsCollection().countDocuments() == checked) {
            return;
        }
        for (BsonDocument document : store.anchorsCollection().find().projection(Projections.include("_id"))) {
            BsonValue id = document.get("_id");
            if (!id.isNumber() || id.asNumber().longValue() < 1 || id.asNumber().longValue() > last) {
                findings.add(new Finding(FindingKind.ANCHOR_MISMATCH, null, null, null, null,
                        id.isNumber() ? id.asNumber().longValue() : null,
                        "anchor document " + id + " is outside the anchor chain 1-" + last));
            }
        }
    }
}
