package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.serialization.Revision;

/** One party adopted a version (vedtak), possibly with deviations for single clauses. */
@Revision("1")
public record VersionAdopted(String agreementId,
                             int version,
                             PartyRef party,
                             AdoptionForum forum,
                             String caseNumber,
                             LocalDate decidedOn,
                             List<Deviation> deviations) implements AgreementEvent {
}
