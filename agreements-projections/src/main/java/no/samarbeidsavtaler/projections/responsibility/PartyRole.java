package no.samarbeidsavtaler.projections.responsibility;

/** A party's role in an answer. */
public enum PartyRole {
    RESPONSIBLE,
    /** The municipality taking over during a transition (the health trust is RESPONSIBLE meanwhile). */
    TAKING_OVER,
    /** Named responsible by one of several conflicting assignments; not picked. */
    CONFLICTING,
    CONTRIBUTOR,
    ADVISOR
}
