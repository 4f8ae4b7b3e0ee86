package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** An assignment was taken out of a draft version. */
@Revision("1")
public record ResponsibilityWithdrawn(String agreementId,
                                      int version,
                                      String clauseId,
                                      String assignmentId) implements AgreementEvent {
}
