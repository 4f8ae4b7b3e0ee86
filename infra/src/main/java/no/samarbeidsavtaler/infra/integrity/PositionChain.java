package no.samarbeidsavtaler.infra.integrity;

import no.samarbeidsavtaler.infra.eventstore.DocumentHash;

/**
 * The running hash over all positions that anchors commit to (ADR 0003):
 * {@code root(0) = GENESIS}, {@code root(p) = SHA-256(root(p-1) + leaf(p))} over the ASCII text of the two
 * hex strings, where {@code leaf(p)} is the {@link DocumentHash} recomputed from the document at position p
 * (event or void). Recomputed, not the stored {@code hash}: an anchor commits to content.
 */
final class PositionChain {

    /** Stands in for a position without a document while the verifier keeps going; never anchored. */
    static final String MISSING_LEAF = "missing";

    private PositionChain() {
    }

    static String next(String root, String leaf) {
        return DocumentHash.sha256(root + leaf);
    }
}
