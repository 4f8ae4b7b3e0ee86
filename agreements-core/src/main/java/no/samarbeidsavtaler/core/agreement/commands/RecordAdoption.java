package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record one party's decision adopting a version, with any deviations. */
public record RecordAdoption(@TargetAggregateIdentifier String agreementId,
                             int version,
                             PartyRef party,
                             AdoptionForum forum,
                             String caseNumber,
                             LocalDate decidedOn,
                             List<Deviation> deviations) {
}
