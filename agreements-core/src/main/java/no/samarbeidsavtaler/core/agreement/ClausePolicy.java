package no.samarbeidsavtaler.core.agreement;

import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Rules for adding and amending clauses of a draft. */
final class ClausePolicy {

    private ClausePolicy() {
    }

    static void checkNew(AgreementVersion draft, String clauseId, String number, String title, String text) {
        Guards.identifier(clauseId, "clauseId");
        if (draft.clause(clauseId).isPresent()) {
            throw new RuleViolation(AgreementRule.CLAUSE_ID_IS_UNIQUE, "clauseId",
                    "Punkt-ID «" + clauseId + "» er allerede brukt i versjon " + draft.number());
        }
        checkContent(draft, clauseId, number, title, text);
    }

    static Clause existing(AgreementVersion draft, String clauseId) {
        return draft.activeClause(clauseId).orElseThrow(() -> new RuleViolation(AgreementRule.CLAUSE_IS_KNOWN,
                "clauseId", "Versjon " + draft.number() + " har ikke punktet «" + clauseId + "»"));
    }

    static Assignment existingAssignment(Clause clause, String assignmentId) {
        return clause.assignment(assignmentId).orElseThrow(() -> new RuleViolation(AgreementRule.ASSIGNMENT_IS_KNOWN,
                "assignmentId", "Punkt " + clause.number() + " har ikke ansvarsfordelingen «" + assignmentId + "»"));
    }

    static void checkContent(AgreementVersion draft, String clauseId, String number, String title, String text) {
        Guards.present(number, AgreementRule.CLAUSE_HAS_NUMBER_AND_TEXT, "number", "Punktnummer mangler");
        if (Guards.blank(title) && Guards.blank(text)) {
            throw new RuleViolation(AgreementRule.CLAUSE_HAS_NUMBER_AND_TEXT, "text", "Punktet må ha tittel eller tekst");
        }
        draft.activeClauses()
                .filter(c -> !c.clauseId().equals(clauseId) && c.number().equals(number.strip()))
                .findFirst().ifPresent(c -> {
                    throw new RuleViolation(AgreementRule.CLAUSE_NUMBER_IS_UNIQUE, "number",
                            "Punkt " + number + " finnes allerede («" + c.clauseId() + "»)");
                });
    }

    static void checkNewAssignmentId(AgreementVersion draft, String assignmentId) {
        Guards.identifier(assignmentId, "assignmentId");
        if (draft.assignments().anyMatch(a -> a.assignmentId().equals(assignmentId))) {
            throw new RuleViolation(AgreementRule.ASSIGNMENT_ID_IS_UNIQUE, "assignmentId",
                    "Ansvars-ID «" + assignmentId + "» er allerede brukt i versjon " + draft.number());
        }
    }
}
