package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A wrongly recorded effective date was corrected; the version it superseded ends on the new date. */
@Revision("1")
public record EffectiveDateCorrected(String agreementId,
                                     int version,
                                     LocalDate effectiveFrom,
                                     String reason) implements AgreementEvent {
}
