package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements.InForce;

/** An in-force assignment that applies to the municipality and is about the asked offering. */
record Match(InForce source, ClauseView clause, AssignmentView assignment) {

    PartyRef party() {
        return assignment.terms().party();
    }

    ResponsibilityRole role() {
        return assignment.terms().role();
    }

    int specificity() {
        return OfferingMatch.specificity(assignment.terms().cell());
    }

    boolean special() {
        return source.agreement().kind() == AgreementKind.SPECIAL;
    }

    /**
     * The health trust still runs the offering on the date: the assignment takes over from it, the
     * municipal offering was not established by then, and the transition end date (if any) is later.
     */
    boolean inTransitionOn(LocalDate date) {
        LocalDate established = assignment.establishedOn();
        LocalDate endsOn = assignment.terms().transitionEndsOn();
        return assignment.transitionFrom() != null
                && (established == null || established.isAfter(date))
                && (endsOn == null || endsOn.isAfter(date));
    }
}
