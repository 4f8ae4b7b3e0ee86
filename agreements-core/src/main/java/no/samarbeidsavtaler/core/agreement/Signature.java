package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;

/** One party's signature on a version. */
public record Signature(PartyRef party, String signatory, LocalDate signedOn) {
}
