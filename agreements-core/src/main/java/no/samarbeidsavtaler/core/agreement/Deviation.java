package no.samarbeidsavtaler.core.agreement;

/** A municipality adopted a version except for one clause, as recorded in its decision (avvik). */
public record Deviation(String clauseId, String text) {
}
