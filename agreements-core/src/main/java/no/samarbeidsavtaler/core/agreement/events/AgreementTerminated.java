package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The agreement was terminated (oppsagt); from then on it accepts no commands. */
@Revision("1")
public record AgreementTerminated(String agreementId, LocalDate terminatedOn, String reason) implements AgreementEvent {
}
