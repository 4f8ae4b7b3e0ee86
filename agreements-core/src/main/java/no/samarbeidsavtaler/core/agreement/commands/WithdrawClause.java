package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a clause (and its assignments) out of a draft version. */
public record WithdrawClause(@TargetAggregateIdentifier String agreementId, int version, String clauseId) {
}
