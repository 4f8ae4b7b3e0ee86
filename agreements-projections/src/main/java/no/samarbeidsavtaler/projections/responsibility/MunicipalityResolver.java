package no.samarbeidsavtaler.projections.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements.InForce;

/**
 * Collects, for one municipality, the in-force assignments about an offering: those that apply to it
 * (their own municipalities, or all of the agreement's when they list none, compared through the
 * municipality's lineage) and whose clause the municipality did not deviate from. {@link Decision}
 * then picks the answer.
 */
final class MunicipalityResolver {

    private final Citations citations;

    MunicipalityResolver(Citations citations) {
        this.citations = citations;
    }

    /** What applies to the municipality: covering and narrower matches, and the deviations that removed some. */
    record Collected(List<Match> covering, List<Match> narrower, List<DeviationNote> deviations) {
    }

    Collected collect(Set<String> lineage, Cell offering, InForceAgreements inForce) {
        return collect(applicable(lineage, inForce), offering);
    }

    /** An in-force assignment applying to the municipality, with the deviation it adopted for the clause, if any. */
    record Candidate(InForce source, ClauseView clause, AssignmentView assignment, Deviated deviated) {
    }

    /**
     * The assignments that apply to the lineage, whatever the offering, in agreement, clause and assignment
     * order: what {@link #collect(List, Cell)} then matches against each offering asked about.
     */
    List<Candidate> applicable(Set<String> lineage, InForceAgreements inForce) {
        List<Candidate> candidates = new ArrayList<>();
        for (InForce source : inForce.naming(lineage)) {
            Map<String, Deviated> deviated = deviationsBy(source, lineage);
            for (ClauseView clause : (Iterable<ClauseView>) source.version().activeClauses()::iterator) {
                for (AssignmentView assignment : clause.assignments()) {
                    if (!Collections.disjoint(assignment.coveredMunicipalities(source.agreement()), lineage)) {
                        candidates.add(new Candidate(source, clause, assignment, deviated.get(clause.clauseId())));
                    }
                }
            }
        }
        return candidates;
    }

    /** The candidates about the offering; a clause the municipality deviated from is noted once and skipped. */
    Collected collect(List<Candidate> candidates, Cell offering) {
        List<Match> covering = new ArrayList<>();
        List<Match> narrower = new ArrayList<>();
        List<DeviationNote> deviations = new ArrayList<>();
        Candidate previous = null;
        boolean noted = false;
        for (Candidate candidate : candidates) {
            if (previous == null || previous.source() != candidate.source() || previous.clause() != candidate.clause()) {
                noted = false; // a new clause of an agreement
            }
            previous = candidate;
            Cell cell = candidate.assignment().terms().cell();
            boolean covers = OfferingMatch.covers(cell, offering);
            boolean partly = !covers && candidate.assignment().responsible() && OfferingMatch.overlaps(cell, offering);
            if (!covers && !partly) {
                continue;
            }
            Deviated deviation = candidate.deviated();
            if (deviation != null) {
                if (!noted) {
                    deviations.add(citations.deviation(candidate.source(), candidate.clause(), deviation.municipality(),
                            deviation.deviation(), deviation.adoption()));
                    noted = true;
                }
                continue;
            }
            (covers ? covering : narrower).add(new Match(candidate.source(), candidate.clause(), candidate.assignment()));
        }
        return new Collected(covering, narrower, deviations);
    }

    record Deviated(String municipality, Deviation deviation, AdoptionView adoption) {
    }

    /** Clause id → the deviation a municipality of the lineage adopted for it in this version. */
    private static Map<String, Deviated> deviationsBy(InForce source, Set<String> lineage) {
        Map<String, Deviated> byClause = new LinkedHashMap<>();
        for (AdoptionView adoption : source.version().adoptions()) {
            if (adoption.party().kind() == PartyKind.MUNICIPALITY && lineage.contains(adoption.party().id())
                    && adoption.deviations() != null) {
                adoption.deviations().forEach(d ->
                        byClause.putIfAbsent(d.clauseId(), new Deviated(adoption.party().id(), d, adoption)));
            }
        }
        return byClause;
    }

    /** Responsible matches, most specific first (stable within equal specificity). */
    static List<Match> responsibleBySpecificity(List<Match> covering) {
        return covering.stream().filter(m -> m.role() == ResponsibilityRole.RESPONSIBLE)
                .sorted(Comparator.comparingInt(Match::specificity).reversed()).toList();
    }
}
