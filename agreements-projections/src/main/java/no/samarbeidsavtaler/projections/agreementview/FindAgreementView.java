package no.samarbeidsavtaler.projections.agreementview;

/** Query: everything recorded about one agreement, answered with {@code Optional<AgreementView>}. */
public record FindAgreementView(String agreementId) {
}
