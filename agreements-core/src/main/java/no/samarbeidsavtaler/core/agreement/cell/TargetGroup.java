package no.samarbeidsavtaler.core.agreement.cell;

/** Who an offering is for (målgruppe). */
public enum TargetGroup {
    PATIENTS,
    /** Pårørende. */
    RELATIVES,
    CHILDREN_AND_YOUTH,
    PARENTS,
    ELDERLY,
    /** Minoritetsspråklige. */
    MINORITY_LANGUAGE
}
