package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Terminate (si opp) the agreement. */
public record TerminateAgreement(@TargetAggregateIdentifier String agreementId, LocalDate terminatedOn, String reason) {
}
