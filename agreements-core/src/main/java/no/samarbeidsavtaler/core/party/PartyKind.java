package no.samarbeidsavtaler.core.party;

/** The kinds of party an agreement can name. */
public enum PartyKind {
    /** Helseforetak, identified by organisasjonsnummer. */
    HEALTH_TRUST,
    /** Kommune, identified by kommunenummer. */
    MUNICIPALITY,
    /** Brukerorganisasjon (e.g. Diabetesforbundet, FFO), identified by a short slug. */
    USER_ORGANISATION
}
