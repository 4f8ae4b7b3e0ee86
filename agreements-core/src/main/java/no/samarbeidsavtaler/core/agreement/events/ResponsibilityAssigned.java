package no.samarbeidsavtaler.core.agreement.events;

import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import org.axonframework.serialization.Revision;

/** A party was given a role for a cell in a clause of a draft version.
 *
 * @param transitionFrom the health trust (orgnr) that stays responsible until the municipal offering is
 *                       confirmed established or the transition end date passes; null when no transition */
@Revision("1")
public record ResponsibilityAssigned(String agreementId,
                                     int version,
                                     String clauseId,
                                     String assignmentId,
                                     ResponsibilityTerms assignment,
                                     String transitionFrom) implements AgreementEvent {
}
