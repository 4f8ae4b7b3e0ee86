package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The municipal offering of an assignment in transition was confirmed established; the health
 * trust's transitional responsibility ends on {@code establishedOn}. */
@Revision("1")
public record OfferingEstablishmentConfirmed(String agreementId,
                                             int version,
                                             String clauseId,
                                             String assignmentId,
                                             LocalDate establishedOn) implements AgreementEvent {
}
