package no.samarbeidsavtaler.projections.agreementview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/**
 * Immutable edits of a version, mirroring {@code AgreementVersion}/{@code Clause} in agreements-core
 * line by line (same list positions, same replace-or-append rules), so the view equals what the
 * aggregate holds after the same events. A reference to a clause the version does not have leaves
 * the version unchanged instead of failing: a read model must not stop on one odd event.
 */
final class VersionEdits {

    private VersionEdits() {
    }

    static VersionView draft(int number, Integer basedOn, List<ClauseView> clauses) {
        return new VersionView(number, basedOn, VersionStatus.DRAFT, null, null, null, null, null, null,
                List.copyOf(clauses), List.of(), List.of());
    }

    /** The clauses a new draft starts from: active ones, with finished transitions cleared. */
    static List<ClauseView> clausesForNextDraft(VersionView base) {
        return base.activeClauses().map(c -> mapAssignments(c, VersionEdits::carriedForward)).toList();
    }

    private static AssignmentView carriedForward(AssignmentView a) {
        return a.establishedOn() == null ? a : new AssignmentView(a.assignmentId(), a.terms(), null, null);
    }

    /** Replaces the clause with the same id in place, or appends it. */
    static VersionView withClause(VersionView v, ClauseView clause) {
        List<ClauseView> next = new ArrayList<>(v.clauses());
        int at = indexOf(next, c -> c.clauseId().equals(clause.clauseId()));
        if (at < 0) {
            next.add(clause);
        } else {
            next.set(at, clause);
        }
        return clauses(v, next);
    }

    static VersionView changeClause(VersionView v, String clauseId, UnaryOperator<ClauseView> change) {
        return v.clause(clauseId).map(c -> withClause(v, change.apply(c))).orElse(v);
    }

    static ClauseView amended(ClauseView c, String number, String title, String text) {
        return new ClauseView(c.clauseId(), number, title, text, c.revision() + 1, false, c.assignments());
    }

    static ClauseView withdrawn(ClauseView c) {
        return new ClauseView(c.clauseId(), c.number(), c.title(), c.text(), c.revision(), true, List.of());
    }

    /** Like the aggregate: an assignment with the same id is removed and the new one appended. */
    static ClauseView withAssignment(ClauseView c, AssignmentView assignment) {
        List<AssignmentView> next = new ArrayList<>(c.assignments());
        next.removeIf(a -> a.assignmentId().equals(assignment.assignmentId()));
        next.add(assignment);
        return assignments(c, next);
    }

    static ClauseView withoutAssignment(ClauseView c, String assignmentId) {
        List<AssignmentView> next = new ArrayList<>(c.assignments());
        next.removeIf(a -> a.assignmentId().equals(assignmentId));
        return assignments(c, next);
    }

    static ClauseView mapAssignments(ClauseView c, UnaryOperator<AssignmentView> change) {
        return assignments(c, c.assignments().stream().map(change).toList());
    }

    static VersionView mapAssignments(VersionView v, UnaryOperator<AssignmentView> change) {
        return clauses(v, v.clauses().stream().map(c -> mapAssignments(c, change)).toList());
    }

    static VersionView negotiated(VersionView v, LocalDate on) {
        return new VersionView(v.number(), v.basedOn(), VersionStatus.NEGOTIATED, on, v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), v.clauses(), v.adoptions(),
                v.signatures());
    }

    static VersionView inForceFrom(VersionView v, LocalDate date) {
        return new VersionView(v.number(), v.basedOn(), VersionStatus.IN_FORCE, v.negotiatedOn(), date,
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), v.clauses(), v.adoptions(),
                v.signatures());
    }

    static VersionView withEffectiveFrom(VersionView v, LocalDate date) {
        return new VersionView(v.number(), v.basedOn(), v.status(), v.negotiatedOn(), date,
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), v.clauses(), v.adoptions(),
                v.signatures());
    }

    static VersionView supersededBy(VersionView v, int successor, LocalDate on) {
        return new VersionView(v.number(), v.basedOn(), VersionStatus.SUPERSEDED, v.negotiatedOn(), v.effectiveFrom(),
                on, successor, v.discardReason(), v.discardedAt(), v.clauses(), v.adoptions(), v.signatures());
    }

    static VersionView discarded(VersionView v, String reason, Instant at) {
        return new VersionView(v.number(), v.basedOn(), VersionStatus.DISCARDED, v.negotiatedOn(), v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), reason, at, v.clauses(), v.adoptions(), v.signatures());
    }

    /** Replaces the party's adoption in place (a map put in the aggregate), or appends it. */
    static VersionView withAdoption(VersionView v, AdoptionView adoption) {
        List<AdoptionView> next = new ArrayList<>(v.adoptions());
        int at = indexOf(next, a -> a.party().id().equals(adoption.party().id()));
        if (at < 0) {
            next.add(adoption);
        } else {
            next.set(at, adoption);
        }
        return new VersionView(v.number(), v.basedOn(), v.status(), v.negotiatedOn(), v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), v.clauses(), List.copyOf(next),
                v.signatures());
    }

    static VersionView withSignature(VersionView v, SignatureView signature) {
        List<SignatureView> next = new ArrayList<>(v.signatures());
        int at = indexOf(next, s -> s.party().id().equals(signature.party().id()));
        if (at < 0) {
            next.add(signature);
        } else {
            next.set(at, signature);
        }
        return new VersionView(v.number(), v.basedOn(), v.status(), v.negotiatedOn(), v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), v.clauses(), v.adoptions(),
                List.copyOf(next));
    }

    private static VersionView clauses(VersionView v, List<ClauseView> clauses) {
        return new VersionView(v.number(), v.basedOn(), v.status(), v.negotiatedOn(), v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), v.discardReason(), v.discardedAt(), List.copyOf(clauses),
                v.adoptions(), v.signatures());
    }

    private static ClauseView assignments(ClauseView c, List<AssignmentView> assignments) {
        return new ClauseView(c.clauseId(), c.number(), c.title(), c.text(), c.revision(), c.withdrawn(),
                List.copyOf(assignments));
    }

    private static <T> int indexOf(List<T> list, Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
