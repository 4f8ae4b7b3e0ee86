package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace number, title and text of a clause in a draft version. */
public record AmendClause(@TargetAggregateIdentifier String agreementId,
                          int version,
                          String clauseId,
                          String number,
                          String title,
                          String text) {
}
