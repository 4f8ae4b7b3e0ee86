package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.serialization.Revision;

/** A wrongly recorded signature (signatory, date) was corrected. */
@Revision("1")
public record SignatureCorrected(String agreementId,
                                 int version,
                                 PartyRef party,
                                 String signatory,
                                 LocalDate signedOn,
                                 String reason) implements AgreementEvent {
}
