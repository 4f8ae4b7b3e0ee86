package no.samarbeidsavtaler.core.agreement;

/**
 * Stored status of a version. Adoption and signature progress is per party and kept beside it,
 * so partial adoption stays visible.
 */
public enum VersionStatus {
    DRAFT,
    /** Text agreed; waiting for adoptions and signatures. */
    NEGOTIATED,
    IN_FORCE,
    SUPERSEDED,
    /** Abandoned before entry into force. */
    DISCARDED;

    /** Draft or negotiated: not yet in force and not abandoned. */
    public boolean isOpen() {
        return this == DRAFT || this == NEGOTIATED;
    }
}
