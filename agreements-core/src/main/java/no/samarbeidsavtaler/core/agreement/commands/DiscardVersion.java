package no.samarbeidsavtaler.core.agreement.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Abandon a draft or negotiated version so a new draft can be opened. */
public record DiscardVersion(@TargetAggregateIdentifier String agreementId, int version, String reason) {
}
