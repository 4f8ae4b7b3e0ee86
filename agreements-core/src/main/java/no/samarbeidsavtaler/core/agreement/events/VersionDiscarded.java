package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** A draft or negotiated version was abandoned before entering into force. */
@Revision("1")
public record VersionDiscarded(String agreementId, int version, String reason) implements AgreementEvent {
}
