package no.samarbeidsavtaler.projections.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.diff.VersionDiff.Holder;

/**
 * One version's assignments spread over (cell, municipality): an assignment naming no municipality
 * covers every municipality of the agreement. Cells compare by equality, as the command side does: a
 * general cell and a specific one are different cells here.
 */
final class CellHolders {

    record Key(Cell cell, String municipality) {
    }

    private CellHolders() {
    }

    static Map<Key, List<Holder>> of(AgreementView agreement, VersionView version) {
        Map<Key, List<Holder>> holders = new LinkedHashMap<>();
        for (ClauseView clause : version.activeClauses().toList()) {
            for (AssignmentView a : clause.assignments()) {
                Holder holder = new Holder(a.terms().party(), a.terms().role(), a.terms().sharedLead(),
                        a.transitionFrom(), a.terms().transitionEndsOn(), a.establishedOn(), clause.clauseId(),
                        a.assignmentId());
                for (String municipality : a.coveredMunicipalities(agreement)) {
                    holders.computeIfAbsent(new Key(a.terms().cell(), municipality), k -> new ArrayList<>()).add(holder);
                }
            }
        }
        return holders;
    }
}
