package no.samarbeidsavtaler.core.agreement.events;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.serialization.Revision;

/** One party signed a version. */
@Revision("1")
public record VersionSigned(String agreementId,
                            int version,
                            PartyRef party,
                            String signatory,
                            LocalDate signedOn) implements AgreementEvent {
}
