package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the date by which the parties have agreed to review (revidere) the agreement. */
public record AgreeReviewDate(@TargetAggregateIdentifier String agreementId, LocalDate reviewDueOn) {
}
