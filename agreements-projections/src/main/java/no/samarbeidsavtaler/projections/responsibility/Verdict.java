package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.responsibility.MunicipalityResolver.Collected;
import no.samarbeidsavtaler.projections.responsibility.MunicipalityResponsibility.SetAside;
import no.samarbeidsavtaler.projections.responsibility.MunicipalityResponsibility.Transition;

/**
 * Picks the answer from the collected matches, in this order:
 * <ol>
 *   <li>only RESPONSIBLE assignments of the highest specificity count; less specific ones are set aside;</li>
 *   <li>an assignment of a SPECIAL agreement yields to an equally specific one of its parent (or an
 *       earlier ancestor); it is set aside;</li>
 *   <li>none left: GAP. One party named: RESPONSIBLE, or IN_TRANSITION when every remaining assignment
 *       takes over from a trust and is still in transition on the date (see {@link Match#inTransitionOn}):
 *       the trust is then RESPONSIBLE and the municipality TAKING_OVER;</li>
 *   <li>several parties: SHARED when every remaining assignment names the same lead and the lead is one
 *       of the parties; otherwise CONFLICT, every claimant reported as CONFLICTING and none picked.</li>
 * </ol>
 * Contributors and advisors are every covering CONTRIBUTOR/ADVISOR assignment, whatever its specificity:
 * they add to the answer rather than compete.
 */
final class Verdict {

    static final String LESS_SPECIFIC = "LESS_SPECIFIC";
    static final String YIELDS_TO_PARENT = "YIELDS_TO_PARENT";

    private Verdict() {
    }

    static MunicipalityResponsibility decide(String municipality, Set<String> lineage, Collected collected,
                                             InForceAgreements inForce, Citations citations) {
        LocalDate date = inForce.date();
        List<Match> responsible = MunicipalityResolver.responsibleBySpecificity(collected.covering());
        int top = responsible.isEmpty() ? -1 : responsible.get(0).specificity();
        List<Match> best = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        for (Match m : responsible) {
            if (m.specificity() < top) {
                setAside.add(new SetAside(citations.party(m, PartyRole.RESPONSIBLE, lineage), LESS_SPECIFIC));
            } else {
                best.add(m);
            }
        }
        List<Match> yielding = best.stream().filter(m -> m.special() && best.stream().anyMatch(other ->
                inForce.ancestors(m.source().agreement()).contains(other.source().agreement().agreementId()))).toList();
        best.removeAll(yielding);
        yielding.forEach(m -> setAside.add(new SetAside(citations.party(m, PartyRole.RESPONSIBLE, lineage), YIELDS_TO_PARENT)));

        List<PartyInRole> parties = new ArrayList<>();
        ResponsibilityState state;
        PartyRef lead = null;
        Transition transition = null;
        List<PartyRef> named = best.stream().map(Match::party).distinct().toList();
        if (best.isEmpty()) {
            state = ResponsibilityState.GAP;
        } else if (named.size() == 1) {
            boolean allInTransition = best.stream().allMatch(m -> m.inTransitionOn(date));
            state = allInTransition ? ResponsibilityState.IN_TRANSITION : ResponsibilityState.RESPONSIBLE;
            for (Match m : best) {
                if (allInTransition) {
                    PartyRef trust = new PartyRef(PartyKind.HEALTH_TRUST, m.assignment().transitionFrom());
                    parties.add(citations.party(trust, PartyRole.RESPONSIBLE, m, lineage));
                    parties.add(citations.party(m, PartyRole.TAKING_OVER, lineage));
                    if (transition == null) {
                        transition = new Transition(trust.id(), m.party(), m.assignment().terms().transitionEndsOn(),
                                m.assignment().assignmentId());
                    }
                } else {
                    parties.add(citations.party(m, PartyRole.RESPONSIBLE, lineage));
                }
            }
        } else {
            lead = commonLead(best, named);
            state = lead != null ? ResponsibilityState.SHARED : ResponsibilityState.CONFLICT;
            PartyRole role = lead != null ? PartyRole.RESPONSIBLE : PartyRole.CONFLICTING;
            best.forEach(m -> parties.add(citations.party(m, role, lineage)));
        }
        for (Match m : collected.covering()) {
            if (m.role() == ResponsibilityRole.CONTRIBUTOR) {
                parties.add(citations.party(m, PartyRole.CONTRIBUTOR, lineage));
            } else if (m.role() == ResponsibilityRole.ADVISOR) {
                parties.add(citations.party(m, PartyRole.ADVISOR, lineage));
            }
        }
        List<PartyInRole> narrower = collected.narrower().stream()
                .map(m -> citations.party(m, PartyRole.RESPONSIBLE, lineage)).toList();
        return new MunicipalityResponsibility(municipality, citations.parties().municipalityName(municipality), state,
                List.copyOf(parties), lead, transition, List.copyOf(collected.deviations()), narrower, List.copyOf(setAside));
    }

    /** The lead every assignment names, when it is one of the named parties; else {@code null}. */
    private static PartyRef commonLead(List<Match> best, List<PartyRef> named) {
        PartyRef lead = best.get(0).assignment().terms().sharedLead();
        boolean common = lead != null && named.contains(lead)
                && best.stream().allMatch(m -> Objects.equals(lead, m.assignment().terms().sharedLead()));
        return common ? lead : null;
    }
}
