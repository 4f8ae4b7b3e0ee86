package no.samarbeidsavtaler.projections.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements.InForce;

/** Builds the citations and party entries of answers. */
final class Citations {

    private final PartyDirectory parties;

    Citations(PartyDirectory parties) {
        this.parties = parties;
    }

    PartyDirectory parties() {
        return parties;
    }

    PartyInRole party(Match match, PartyRole role, Set<String> lineage) {
        return party(match.party(), role, match, lineage);
    }

    /** {@code party} may differ from the assignment's: the health trust during a transition. */
    PartyInRole party(PartyRef party, PartyRole role, Match match, Set<String> lineage) {
        return new PartyInRole(party, parties.name(party), role, citation(match, party, lineage));
    }

    /**
     * The assignment, its clause and version, and the adoptions (vedtak) that bind the parties: by the
     * party reported, by the party the assignment names, and by the municipality asked about.
     */
    Citation citation(Match match, PartyRef reported, Set<String> lineage) {
        AgreementView agreement = match.source().agreement();
        VersionView version = match.source().version();
        Set<PartyRef> bound = new LinkedHashSet<>(List.of(reported, match.party()));
        version.adoptions().stream()
                .filter(a -> a.party().kind() == PartyKind.MUNICIPALITY && lineage.contains(a.party().id()))
                .findFirst().ifPresent(a -> bound.add(a.party()));
        List<Citation.Decision> decisions = new ArrayList<>();
        bound.forEach(p -> version.adoptionBy(p.id()).ifPresent(a -> decisions.add(decision(a))));
        return new Citation(agreement.agreementId(), agreement.title(), agreement.kind(), agreement.designation(),
                version.number(), version.effectiveFrom(), match.clause().clauseId(), match.clause().number(),
                match.clause().title(), match.assignment().assignmentId(), match.assignment().terms().cell(),
                match.assignment().terms().conditions(), List.copyOf(decisions));
    }

    DeviationNote deviation(InForce source, ClauseView clause, String municipality, Deviation deviation,
                            AdoptionView adoption) {
        return new DeviationNote(source.agreement().agreementId(), source.version().number(), clause.clauseId(),
                clause.number(), clause.title(), municipality, deviation.text(), decision(adoption));
    }

    private static Citation.Decision decision(AdoptionView a) {
        return new Citation.Decision(a.party(), a.forum(), a.caseNumber(), a.decidedOn());
    }
}
