package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the municipal offering of an assignment in transition is established. Allowed on
 * versions in force: it records a fact about the world, not a change of text. */
public record ConfirmOfferingEstablished(@TargetAggregateIdentifier String agreementId,
                                         int version,
                                         String clauseId,
                                         String assignmentId,
                                         LocalDate establishedOn) {
}
