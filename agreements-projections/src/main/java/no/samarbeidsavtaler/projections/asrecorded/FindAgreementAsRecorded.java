package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;

/** Query: the agreement view as recorded at an instant; answered with {@code Optional<AgreementView>}. */
public record FindAgreementAsRecorded(String agreementId, Instant recordedAt) {
}
