package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;

/**
 * A responsibility assignment as the aggregate holds it (immutable; event sourcing handlers replace it).
 *
 * @param transitionFrom health trust (orgnr) that stays responsible while the municipal offering is
 *                       being established; {@code null} when the assignment is no transition
 * @param establishedOn  when the municipal offering was confirmed established; ends the transition
 */
public record Assignment(String assignmentId, ResponsibilityTerms terms, String transitionFrom,
                         LocalDate establishedOn) {

    public boolean inTransition() {
        return transitionFrom != null && establishedOn == null;
    }

    public boolean responsible() {
        return terms.role() == ResponsibilityRole.RESPONSIBLE;
    }

    Assignment established(LocalDate date) {
        return new Assignment(assignmentId, terms, transitionFrom, date);
    }

    /** As copied into a new draft: a finished transition is history, an unfinished one carries on. */
    Assignment carriedForward() {
        return establishedOn == null ? this : new Assignment(assignmentId, terms, null, null);
    }
}
