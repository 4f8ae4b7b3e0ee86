package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A version stopped being in force because a later one entered into force. */
@Revision("1")
public record VersionSuperseded(String agreementId,
                                int version,
                                int supersededBy,
                                LocalDate supersededOn) implements AgreementEvent {
}
