package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** A new draft version was opened; it starts as a copy of {@code basedOnVersion} (null for the first). */
@Revision("1")
public record DraftVersionOpened(String agreementId, int version, Integer basedOnVersion) implements AgreementEvent {
}
