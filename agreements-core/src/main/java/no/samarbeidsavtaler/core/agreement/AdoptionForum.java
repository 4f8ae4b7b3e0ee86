package no.samarbeidsavtaler.core.agreement;

/** The body whose decision adopted a version for a party. */
public enum AdoptionForum {
    SAMHANDLINGSUTVALG,
    HELSEFELLESSKAP_STRATEGIC_COMMITTEE,
    MUNICIPAL_COUNCIL,
    TRUST_BOARD,
    OTHER
}
