package no.samarbeidsavtaler.core.agreement.cell;

/** Where in the patient pathway (forløp) an offering sits. */
public enum PathwayPhase {
    /** Før diagnose: forebygging, friskliv. */
    PREVENTION,
    /** Nydiagnostisert. */
    NEWLY_DIAGNOSED,
    /** Oppfølging og mestring over tid. */
    FOLLOW_UP_OVER_TIME,
    /** Senere fase. */
    LATER_PHASE
}
