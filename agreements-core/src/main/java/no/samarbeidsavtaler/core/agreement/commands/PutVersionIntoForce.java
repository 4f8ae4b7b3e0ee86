package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put an adopted and signed version into force from a date (valid time). */
public record PutVersionIntoForce(@TargetAggregateIdentifier String agreementId, int version, LocalDate effectiveFrom) {
}
