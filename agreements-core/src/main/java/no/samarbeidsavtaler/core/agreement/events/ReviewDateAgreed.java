package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The parties agreed when the agreement is due for review (revisjonsdato). It may be agreed again:
 * the latest event wins. A separate event, so no stored event had to change shape.
 */
@Revision("1")
public record ReviewDateAgreed(String agreementId, LocalDate reviewDueOn) implements AgreementEvent {
}
