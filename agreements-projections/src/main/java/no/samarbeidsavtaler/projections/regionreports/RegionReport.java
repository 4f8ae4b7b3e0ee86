package no.samarbeidsavtaler.projections.regionreports;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.CitationRef;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Column;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;

/**
 * What a health trust's region should look at on a date. Built by {@link RegionReporter}.
 *
 * @param municipalities the region's rows: catchment area plus its agreements' municipalities (current numbers)
 * @param vocabulary     the cells checked for gaps, conflicts and overlaps ({@code StandardVocabulary})
 * @param gaps           cells with no responsible party in a municipality
 * @param conflicts      cells where equally specific assignments name different parties
 * @param overlaps       cells where the same party's responsibility is written by more than one assignment
 *                       (not wrong, but two texts to keep in step)
 * @param reviewInterval the version-age interval used for {@code reviewsDue} of agreements with no agreed
 *                       review date
 */
public record RegionReport(String healthTrust,
                           String healthTrustName,
                           LocalDate validOn,
                           List<String> municipalities,
                           List<Column> vocabulary,
                           List<CellFinding> gaps,
                           List<CellFinding> conflicts,
                           List<CellFinding> overlaps,
                           List<TransitionFinding> pendingTransitions,
                           List<TransitionFinding> overdueTransitions,
                           List<StatutoryCoverage> coverage,
                           Period reviewInterval,
                           List<ReviewDue> reviewsDue) {

    public record CellFinding(String municipality,
                              String municipalityName,
                              String columnKey,
                              String columnLabel,
                              ResponsibilityState state,
                              List<PartyRef> parties,
                              List<CitationRef> citations) {
    }

    /**
     * A municipality taking over an offering from the health trust.
     *
     * @param municipalities the municipalities the assignment covers
     * @param endsOn         {@code transitionEndsOn}; an overdue transition has passed it unconfirmed
     */
    public record TransitionFinding(String agreementId,
                                    String agreementTitle,
                                    int version,
                                    String clauseNumber,
                                    String assignmentId,
                                    Cell cell,
                                    String fromTrust,
                                    PartyRef to,
                                    String toName,
                                    List<String> municipalities,
                                    LocalDate endsOn) {
    }

    /**
     * Helse- og omsorgstjenesteloven § 6-2 points 1–13 for one municipality.
     *
     * @param covered         points covered by an in-force agreement, each with the agreements covering it
     * @param missingRequired required points no in-force agreement covers (12–13 only from 2023-07-01)
     */
    public record StatutoryCoverage(String municipality,
                                    String municipalityName,
                                    List<PointCoverage> covered,
                                    List<Integer> missingRequired) {
    }

    public record PointCoverage(int point, List<String> agreementIds) {
    }

    /**
     * An agreement in force that is due for review. When the parties agreed a review date (revisjonsdato)
     * that date decides; only an agreement without one falls back to the age of its version in force.
     *
     * @param dueOn the agreed review date ({@link ReviewBasis#AGREED_DATE}), or effectiveFrom of the version
     *              in force plus the review interval ({@link ReviewBasis#VERSION_AGE})
     * @param basis which of the two rules put the agreement on the list
     */
    public record ReviewDue(String agreementId,
                            String title,
                            AgreementKind kind,
                            String designation,
                            int version,
                            LocalDate effectiveFrom,
                            LocalDate dueOn,
                            ReviewBasis basis) {
    }
}
