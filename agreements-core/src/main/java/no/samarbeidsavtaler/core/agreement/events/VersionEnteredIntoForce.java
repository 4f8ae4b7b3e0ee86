package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A version entered into force; {@code effectiveFrom} is valid time. */
@Revision("1")
public record VersionEnteredIntoForce(String agreementId,
                                      int version,
                                      LocalDate effectiveFrom) implements AgreementEvent {
}
