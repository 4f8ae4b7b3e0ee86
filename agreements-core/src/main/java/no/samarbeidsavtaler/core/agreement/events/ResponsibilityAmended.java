package no.samarbeidsavtaler.core.agreement.events;

import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import org.axonframework.serialization.Revision;

/** An assignment in a draft version was replaced by new terms (transition recomputed). */
@Revision("1")
public record ResponsibilityAmended(String agreementId,
                                    int version,
                                    String clauseId,
                                    String assignmentId,
                                    ResponsibilityTerms assignment,
                                    String transitionFrom) implements AgreementEvent {
}
