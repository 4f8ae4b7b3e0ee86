package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * The answer for one municipality.
 *
 * @param parties     RESPONSIBLE / TAKING_OVER / CONFLICTING parties first (one entry per citing
 *                    assignment), then CONTRIBUTOR and ADVISOR ones
 * @param lead        the named lead when SHARED, else {@code null}
 * @param transition  set when IN_TRANSITION
 * @param deviations  avvik that removed an assignment about the asked offering
 * @param narrower    responsible assignments about only part of the asked offering (e.g. asked about
 *                    any phase, regulated for newly diagnosed only): context for a GAP, not an answer
 * @param setAside    responsible assignments that covered the offering but lost: less specific, or a
 *                    special agreement yielding to its parent
 */
public record MunicipalityResponsibility(String municipality,
                                         String municipalityName,
                                         ResponsibilityState state,
                                         List<PartyInRole> parties,
                                         PartyRef lead,
                                         Transition transition,
                                         List<DeviationNote> deviations,
                                         List<PartyInRole> narrower,
                                         List<SetAside> setAside) {

    /** The parties holding the responsibility now (none when CONFLICT or GAP). */
    public List<PartyRef> responsible() {
        return parties.stream().filter(p -> p.role() == PartyRole.RESPONSIBLE).map(PartyInRole::party).distinct().toList();
    }

    /**
     * @param fromTrust       orgnr of the health trust still responsible
     * @param to              the municipality taking over
     * @param endsOn          the latest date of the trust's responsibility ({@code transitionEndsOn}), if set
     */
    public record Transition(String fromTrust, PartyRef to, LocalDate endsOn, String assignmentId) {
    }

    public record SetAside(PartyInRole party, String reason) {
    }
}
