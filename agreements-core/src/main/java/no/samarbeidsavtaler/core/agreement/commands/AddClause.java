package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a clause to a draft version. */
public record AddClause(@TargetAggregateIdentifier String agreementId,
                        int version,
                        String clauseId,
                        String number,
                        String title,
                        String text) {
}
