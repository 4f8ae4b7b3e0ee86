package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the next version as a draft, copied from the version in force. */
public record OpenDraftVersion(@TargetAggregateIdentifier String agreementId) {
}
