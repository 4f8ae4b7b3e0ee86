package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an assignment out of a draft version. */
public record WithdrawResponsibility(@TargetAggregateIdentifier String agreementId,
                                     int version,
                                     String clauseId,
                                     String assignmentId) {
}
