package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a wrongly recorded signature; the reason is mandatory. */
public record CorrectSignature(@TargetAggregateIdentifier String agreementId,
                               int version,
                               PartyRef party,
                               String signatory,
                               LocalDate signedOn,
                               String reason) {
}
