package no.samarbeidsavtaler.projections.diff;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;

/**
 * What differs between two versions of one agreement. Lists are empty when nothing differs; each
 * change carries the values before ({@code fromVersion}) and after ({@code toVersion}).
 *
 * @param responsibilities per cell and municipality whose holders differ; the ones whose responsible
 *                         party changed are flagged (see {@link CellChange#responsiblePartyChanged()})
 */
public record VersionDiff(String agreementId,
                          int fromVersion,
                          int toVersion,
                          List<ClauseChange> clauses,
                          List<CellChange> responsibilities,
                          List<DateChange> dates,
                          List<AdoptionChange> adoptions,
                          List<SignatureChange> signatures) {

    public boolean empty() {
        return clauses.isEmpty() && responsibilities.isEmpty() && dates.isEmpty() && adoptions.isEmpty()
                && signatures.isEmpty();
    }

    /** Only the cells whose responsible party changed: the most important part of a diff. */
    public List<CellChange> responsiblePartyChanges() {
        return responsibilities.stream().filter(CellChange::responsiblePartyChanged).toList();
    }

    public enum ChangeKind { ADDED, CHANGED, WITHDRAWN }

    /** A clause by its id (stable across versions), with number, title and text before and after. */
    public record ClauseChange(String clauseId, ChangeKind kind, ClauseText before, ClauseText after) {
    }

    public record ClauseText(String number, String title, String text) {
    }

    /** One cell of the matrix for one municipality, with everyone holding a role in it before and after. */
    public record CellChange(Cell cell, String municipality, List<Holder> before, List<Holder> after) {

        /** True when the set of parties RESPONSIBLE for the cell differs (not only other roles or terms). */
        public boolean responsiblePartyChanged() {
            return !responsible(before).equals(responsible(after));
        }

        private static java.util.Set<PartyRef> responsible(List<Holder> holders) {
            return holders.stream().filter(h -> h.role() == ResponsibilityRole.RESPONSIBLE).map(Holder::party)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * A party in a role for a cell, as one assignment says.
     *
     * @param transitionFrom   the health trust responsible until the municipal offering is established
     * @param transitionEndsOn the latest date the transition ends
     * @param establishedOn    when the municipal offering was confirmed established
     */
    public record Holder(PartyRef party, ResponsibilityRole role, PartyRef sharedLead, String transitionFrom,
                         LocalDate transitionEndsOn, LocalDate establishedOn, String clauseId, String assignmentId) {
    }

    /** A version-level field: status, negotiatedOn, effectiveFrom, supersededOn. */
    public record DateChange(String field, Object before, Object after) {
    }

    public record AdoptionChange(PartyRef party, AdoptionView before, AdoptionView after) {
    }

    public record SignatureChange(PartyRef party, SignatureView before, SignatureView after) {
    }
}
