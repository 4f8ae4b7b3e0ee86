package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Freeze the text of a draft: it goes to the parties for adoption. */
public record MarkVersionNegotiated(@TargetAggregateIdentifier String agreementId,
                                    int version,
                                    LocalDate negotiatedOn) {
}
