package no.samarbeidsavtaler.core.agreement;

import java.util.List;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Rules for the terms of a responsibility assignment, named after the command field at fault. */
final class AssignmentPolicy {

    private AssignmentPolicy() {
    }

    /** Checks the terms on their own and against the agreement's parties. */
    static void checkTerms(ResponsibilityTerms terms, AgreementParties parties) {
        Guards.present(terms, AgreementRule.ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE, "assignment", "Ansvarsfordelingen mangler");
        Guards.present(terms.cell(), AgreementRule.ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE, "assignment.cell",
                "Oppgi hvilket tilbud ansvaret gjelder (tomme felt betyr «alle»)");
        Guards.present(terms.party(), AgreementRule.ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE, "assignment.party", "Part mangler");
        Guards.present(terms.role(), AgreementRule.ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE, "assignment.role", "Rolle mangler");
        if (!parties.isSigningParty(terms.party()) && !parties.isContributor(terms.party())) {
            throw new RuleViolation(AgreementRule.ASSIGNMENT_PARTY_BELONGS_TO_AGREEMENT, "assignment.party",
                    terms.party() + " er ikke part i avtalen eller navngitt brukerorganisasjon");
        }
        if (terms.party().kind() == PartyKind.USER_ORGANISATION && terms.role() == ResponsibilityRole.RESPONSIBLE) {
            throw new RuleViolation(AgreementRule.USER_ORGANISATION_IS_NOT_RESPONSIBLE, "assignment.role",
                    "Brukerorganisasjonen " + terms.party().id() + " kan bidra eller gi råd, men ikke ha ansvar");
        }
        List<String> municipalities = terms.municipalitiesOrEmpty();
        for (int i = 0; i < municipalities.size(); i++) {
            if (!parties.municipalities().contains(municipalities.get(i))) {
                throw new RuleViolation(AgreementRule.ASSIGNMENT_MUNICIPALITIES_ARE_PARTIES, "assignment.municipalities[" + i + "]",
                        "Kommune " + municipalities.get(i) + " er ikke part i avtalen");
            }
        }
        checkCell(terms.cell());
        if (terms.sharedLead() != null && (terms.role() != ResponsibilityRole.RESPONSIBLE
                || !parties.isSigningParty(terms.sharedLead()))) {
            throw new RuleViolation(AgreementRule.SHARED_ASSIGNMENT_NAMES_A_LEAD_PARTY, "assignment.sharedLead",
                    "Delt ansvar må være et ansvar (RESPONSIBLE) med helseforetaket eller en avtalekommune som leder");
        }
    }

    private static void checkCell(Cell cell) {
        Condition condition = cell.condition();
        if (condition != null && (condition.codeSystem() == null || !condition.codeSystem().accepts(condition.code()))) {
            throw new RuleViolation(AgreementRule.CONDITION_CODE_IS_VALID, "assignment.cell.condition.code",
                    "«" + condition.code() + "» er ikke en gyldig kode i " + condition.codeSystem());
        }
        boolean nonSpecificCategory = cell.category() == OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP;
        if (Boolean.FALSE.equals(cell.diagnosisSpecific()) && condition != null
                || nonSpecificCategory && (Boolean.TRUE.equals(cell.diagnosisSpecific()) || condition != null)) {
            throw new RuleViolation(AgreementRule.CELL_IS_CONSISTENT, "assignment.cell.diagnosisSpecific",
                    "Et diagnoseuavhengig tilbud kan ikke gjelde en bestemt diagnose");
        }
    }

    /** The draft with the candidate in it must have no unshared double responsibility. */
    static void checkNoConflict(AgreementVersion draft, Assignment candidate, AgreementParties parties) {
        Stream<Assignment> after = Stream.concat(
                draft.assignments().filter(a -> !a.assignmentId().equals(candidate.assignmentId())), Stream.of(candidate));
        ResponsibilityConflicts.first(after, parties).ifPresent(conflict -> {
            int index = candidate.terms().municipalitiesOrEmpty().indexOf(conflict.municipality());
            throw new RuleViolation(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL,
                    index >= 0 ? "assignment.municipalities[" + index + "]" : "assignment.party", conflict.describe());
        });
    }

    /** Taking an assignment out must not leave a shared responsibility without its lead. */
    static void checkNoConflictWithout(AgreementVersion draft, Stream<Assignment> remaining, AgreementParties parties,
                                       String field) {
        ResponsibilityConflicts.first(remaining, parties).ifPresent(conflict -> {
            throw new RuleViolation(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL, field,
                    "Uttak fra versjon " + draft.number() + " etterlater delt ansvar uten leder: " + conflict.describe());
        });
    }
}
