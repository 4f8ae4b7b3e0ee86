package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.serialization.Revision;

/** A wrongly recorded adoption (case number, decision date) was corrected. */
@Revision("1")
public record AdoptionCorrected(String agreementId,
                                int version,
                                PartyRef party,
                                String caseNumber,
                                LocalDate decidedOn,
                                String reason) implements AgreementEvent {
}
