package no.samarbeidsavtaler.api.agreements;

/** No agreement with that id is known to the read model. */
public class AgreementNotFound extends RuntimeException {

    private final String agreementId;

    public AgreementNotFound(String agreementId) {
        super("Fant ingen avtale med id " + agreementId);
        this.agreementId = agreementId;
    }

    public String agreementId() {
        return agreementId;
    }
}
