package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyRef;

/** One party's decision adopting a version. */
public record Adoption(PartyRef party, AdoptionForum forum, String caseNumber, LocalDate decidedOn,
                       List<Deviation> deviations) {

    Adoption corrected(String newCaseNumber, LocalDate newDecidedOn) {
        return new Adoption(party, forum, newCaseNumber, newDecidedOn, deviations);
    }
}
