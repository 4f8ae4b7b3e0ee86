package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The text of a version was agreed and sent for adoption; it can no longer change. */
@Revision("1")
public record VersionNegotiated(String agreementId, int version, LocalDate negotiatedOn) implements AgreementEvent {
}
