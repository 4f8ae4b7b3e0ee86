package no.samarbeidsavtaler.projections.agreementsummary;

/** Query: the summary of one agreement, answered with {@code Optional<AgreementSummary>}. */
public record FindAgreementSummary(String agreementId) {
}
