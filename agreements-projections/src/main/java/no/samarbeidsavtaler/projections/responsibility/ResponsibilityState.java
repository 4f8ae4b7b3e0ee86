package no.samarbeidsavtaler.projections.responsibility;

/** The resolved state of one offering in one municipality on one date. */
public enum ResponsibilityState {
    /** One party is responsible (possibly cited by several assignments). */
    RESPONSIBLE,
    /** Several parties are responsible, explicitly shared with a named lead that is one of them. */
    SHARED,
    /** Equally specific assignments name different responsible parties without a common lead: none is picked. */
    CONFLICT,
    /** A municipality is taking over from the health trust, which stays responsible until the municipal
     * offering is confirmed established or the transition end date is reached. */
    IN_TRANSITION,
    /** No in-force assignment makes anyone responsible. */
    GAP
}
