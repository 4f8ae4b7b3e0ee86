package no.samarbeidsavtaler.infra.integrity;

/** What the verifier found wrong with one stored document, position or anchor (ADR 0003). */
public enum FindingKind {
    /** The stored {@code hash} is not the hash of the document's content (content or hash edited). */
    ALTERED,
    /** {@code previousHash} is not the hash of the previous event of the stream (genesis at sequence 0). */
    BROKEN_LINK,
    /** A sequence number missing inside a stream, or a position without a document that must have one. */
    MISSING,
    /** A document that does not fit: out of order in its stream, beyond the allocated positions, or keyed inconsistently. */
    INSERTED,
    /** An anchor whose root hash no longer matches the positions it covers, or a damaged anchor chain. */
    ANCHOR_MISMATCH,
    /** A document written before tamper evidence existed and not sealed yet: nothing protects it. */
    UNSEALED_LEGACY
}
