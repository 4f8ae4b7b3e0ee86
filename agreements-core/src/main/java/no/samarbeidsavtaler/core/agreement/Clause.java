package no.samarbeidsavtaler.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A clause of one version: its own identity (kept across versions), number ("5.13"), title, text and
 * the responsibility assignments it makes. A withdrawn clause is kept so its id is never reused in
 * the version; it has no assignments.
 */
public record Clause(String clauseId, String number, String title, String text, int revision,
                     boolean withdrawn, List<Assignment> assignments) {

    static Clause added(String clauseId, String number, String title, String text) {
        return new Clause(clauseId, number, title, text, 1, false, List.of());
    }

    public Optional<Assignment> assignment(String assignmentId) {
        return assignments.stream().filter(a -> a.assignmentId().equals(assignmentId)).findFirst();
    }

    Clause amended(String newNumber, String newTitle, String newText) {
        return new Clause(clauseId, newNumber, newTitle, newText, revision + 1, false, assignments);
    }

    Clause withdrawnFromVersion() {
        return new Clause(clauseId, number, title, text, revision, true, List.of());
    }

    Clause withAssignment(Assignment assignment) {
        List<Assignment> next = new ArrayList<>(assignments);
        next.removeIf(a -> a.assignmentId().equals(assignment.assignmentId()));
        next.add(assignment);
        return withAssignments(next);
    }

    Clause withoutAssignment(String assignmentId) {
        List<Assignment> next = new ArrayList<>(assignments);
        next.removeIf(a -> a.assignmentId().equals(assignmentId));
        return withAssignments(next);
    }

    Clause mapAssignments(UnaryOperator<Assignment> change) {
        return withAssignments(assignments.stream().map(change).toList());
    }

    private Clause withAssignments(List<Assignment> next) {
        return new Clause(clauseId, number, title, text, revision, withdrawn, List.copyOf(next));
    }
}
