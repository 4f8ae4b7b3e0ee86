package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a wrongly recorded adoption; the reason is mandatory. */
public record CorrectAdoption(@TargetAggregateIdentifier String agreementId,
                              int version,
                              PartyRef party,
                              String caseNumber,
                              LocalDate decidedOn,
                              String reason) {
}
