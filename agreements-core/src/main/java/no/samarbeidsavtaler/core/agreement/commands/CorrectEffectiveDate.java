package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a wrongly recorded effective date; the reason is mandatory. */
public record CorrectEffectiveDate(@TargetAggregateIdentifier String agreementId,
                                   int version,
                                   LocalDate effectiveFrom,
                                   String reason) {
}
