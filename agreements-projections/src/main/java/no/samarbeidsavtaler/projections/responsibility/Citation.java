package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * Where an answer comes from: the assignment, its clause, the version in force and the decisions
 * (vedtak) that adopted that version.
 *
 * @param cell       the assignment's cell (what it actually says, possibly more general than asked)
 * @param conditions the assignment's free-text conditions, if any
 * @param decisions  the adoptions, as last corrected, by the party reported (the health trust during a
 *                   transition), the party the assignment names and the municipality asked about
 *                   (each party once)
 */
public record Citation(String agreementId,
                       String agreementTitle,
                       AgreementKind agreementKind,
                       String designation,
                       int version,
                       LocalDate effectiveFrom,
                       String clauseId,
                       String clauseNumber,
                       String clauseTitle,
                       String assignmentId,
                       Cell cell,
                       String conditions,
                       List<Decision> decisions) {

    /** One party's adoption of the cited version. */
    public record Decision(PartyRef party, AdoptionForum forum, String caseNumber, LocalDate decidedOn) {
    }
}
