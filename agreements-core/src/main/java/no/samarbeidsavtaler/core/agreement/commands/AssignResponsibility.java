package no.samarbeidsavtaler.core.agreement.commands;

import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a party a role for a cell, in a clause of a draft version. */
public record AssignResponsibility(@TargetAggregateIdentifier String agreementId,
                                   int version,
                                   String clauseId,
                                   String assignmentId,
                                   ResponsibilityTerms assignment) {
}
