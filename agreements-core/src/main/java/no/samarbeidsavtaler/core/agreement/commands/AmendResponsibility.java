package no.samarbeidsavtaler.core.agreement.commands;

import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the terms of an assignment in a draft version. */
public record AmendResponsibility(@TargetAggregateIdentifier String agreementId,
                                  int version,
                                  String clauseId,
                                  String assignmentId,
                                  ResponsibilityTerms assignment) {
}
