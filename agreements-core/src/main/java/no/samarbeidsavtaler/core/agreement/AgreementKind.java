package no.samarbeidsavtaler.core.agreement;

/** The kinds of samarbeidsavtale under helse- og omsorgstjenesteloven § 6-1/6-2. */
public enum AgreementKind {
    /** Overordnet samarbeidsavtale. */
    OVERALL,
    /** Delavtale / tjenesteavtale, with a designation such as "2" or "f)". */
    SUB_AGREEMENT,
    /** Særavtale under a parent agreement; yields to its parent on conflict. */
    SPECIAL
}
