package no.samarbeidsavtaler.projections.rebuild;

/** Where a rebuild (or the rebuild half of a consistency check) is. */
public enum RebuildPhase {
    /** Applying all of history to the new collection; the old one still serves. */
    BUILDING,
    /** Switched, or about to: applying what arrived meanwhile. */
    CATCHING_UP,
    /** Consistency check: comparing the scratch build with the live collection. */
    COMPARING,
    COMPLETED,
    FAILED
}
