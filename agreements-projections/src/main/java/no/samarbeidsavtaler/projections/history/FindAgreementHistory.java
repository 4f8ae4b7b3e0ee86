package no.samarbeidsavtaler.projections.history;

/** Query: every recorded event of one agreement, told; answered with {@code Optional<AgreementHistory>}. */
public record FindAgreementHistory(String agreementId) {
}
