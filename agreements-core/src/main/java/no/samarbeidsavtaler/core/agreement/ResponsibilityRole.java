package no.samarbeidsavtaler.core.agreement;

/** What a party does for a cell of the responsibility matrix. */
public enum ResponsibilityRole {
    /** Has ansvar: runs the offering. */
    RESPONSIBLE,
    /** Bidrar: takes part, e.g. a user organisation providing likepersoner. */
    CONTRIBUTOR,
    /** Gir råd og veiledning, e.g. the health trust's duty to advise (veiledningsplikt). */
    ADVISOR
}
