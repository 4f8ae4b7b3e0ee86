package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.CodeSystem;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.agreement.commands.AmendResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityAmended;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponsibilityRulesTest {

    private static final Cell CHILDREN_AND_YOUTH = Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static AssignResponsibility assign(String assignmentId, ResponsibilityTerms terms) {
        return new AssignResponsibility(AGREEMENT, 1, DIABETES_CLAUSE, assignmentId, terms);
    }

    private static ResponsibilityTerms haugesundRuns(Cell cell) {
        return ResponsibilityTerms.of(cell, HAUGESUND_KOMMUNE, ResponsibilityRole.RESPONSIBLE, List.of(HAUGESUND));
    }

    @Test
    void responsibilityIsAssignedInADraft() {
        ResponsibilityTerms contributes = ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES, DIABETESFORBUNDET,
                ResponsibilityRole.CONTRIBUTOR, List.of()).withConditions("Likepersoner deltar i kursene");
        fixture.given(draftWithDiabetesClause()).when(assign("assignment-3-df", contributes))
                .expectEvents(assigned(1, "assignment-3-df", contributes, null));
    }

    @Test
    void assignmentHasCellPartyAndRole() {
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", ResponsibilityTerms.of(Cell.general(), HAUGESUND_KOMMUNE, null, List.of())))
                .expectNoEvents().expectException(violates(AgreementRule.ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE, "assignment.role"));
    }

    @Test
    void assignmentPartyBelongsToAgreement() {
        PartyRef bergen = new PartyRef(PartyKind.MUNICIPALITY, "4601");
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", ResponsibilityTerms.of(Cell.general(), bergen, ResponsibilityRole.ADVISOR, List.of())))
                .expectNoEvents().expectException(violates(AgreementRule.ASSIGNMENT_PARTY_BELONGS_TO_AGREEMENT, "assignment.party"));
    }

    @Test
    void userOrganisationIsNotResponsible() {
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", ResponsibilityTerms.of(Cell.general(), DIABETESFORBUNDET, ResponsibilityRole.RESPONSIBLE,
                        List.of())))
                .expectNoEvents().expectException(violates(AgreementRule.USER_ORGANISATION_IS_NOT_RESPONSIBLE, "assignment.role"));
    }

    @Test
    void assignmentMunicipalitiesAreParties() {
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", ResponsibilityTerms.of(Cell.general(), HELSE_FONNA, ResponsibilityRole.ADVISOR,
                        List.of(HAUGESUND, KARMOY, "4601"))))
                .expectNoEvents()
                .expectException(violates(AgreementRule.ASSIGNMENT_MUNICIPALITIES_ARE_PARTIES, "assignment.municipalities[2]"));
    }

    @Test
    void conditionCodeIsValid() {
        Cell copd = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withCondition(Condition.icd10("KOLS", "KOLS"));
        fixture.given(draftWithDiabetesClause()).when(assign("a-1", haugesundRuns(copd)))
                .expectNoEvents().expectException(violates(AgreementRule.CONDITION_CODE_IS_VALID, "assignment.cell.condition.code"));
    }

    @Test
    void icpc2CodesHaveNoDecimals() {
        Cell diabetes = Cell.general().withCondition(new Condition(CodeSystem.ICPC2, "T90.1", "Diabetes type 2"));
        fixture.given(draftWithDiabetesClause()).when(assign("a-1", haugesundRuns(diabetes)))
                .expectNoEvents().expectException(violates(AgreementRule.CONDITION_CODE_IS_VALID));
    }

    @Test
    void cellIsConsistent() {
        Cell contradictory = Cell.of(OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP).withCondition(DIABETES_TYPE_2);
        fixture.given(draftWithDiabetesClause()).when(assign("a-1", haugesundRuns(contradictory)))
                .expectNoEvents().expectException(violates(AgreementRule.CELL_IS_CONSISTENT));
    }

    @Test
    void assignmentIdIsUnique() {
        fixture.given(draftWithDiabetesClause()).when(assign(HELSE_FONNA_DIABETES_COURSES, haugesundRuns(Cell.general())))
                .expectNoEvents().expectException(violates(AgreementRule.ASSIGNMENT_ID_IS_UNIQUE, "assignmentId"));
    }

    @Test
    void assignmentIsKnown() {
        fixture.given(draftWithDiabetesClause()).when(new WithdrawResponsibility(AGREEMENT, 1, DIABETES_CLAUSE, "a-none"))
                .expectNoEvents().expectException(violates(AgreementRule.ASSIGNMENT_IS_KNOWN, "assignmentId"));
    }

    @Test
    void oneResponsiblePartyPerCell() {
        fixture.given(draftWithDiabetesClause()).when(assign("a-1", haugesundRuns(NEWLY_DIAGNOSED_DIABETES_COURSES)))
                .expectNoEvents()
                .expectException(violates(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL, "assignment.municipalities[0]"));
    }

    @Test
    void responsibilityForOtherMunicipalitiesDoesNotConflict() {
        ResponsibilityTerms onlyKarmoyAndStord = ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES, HELSE_FONNA,
                ResponsibilityRole.RESPONSIBLE, List.of(KARMOY, STORD));
        fixture.given(history(draftWithDiabetesClause(), new ResponsibilityAmended(AGREEMENT, 1, DIABETES_CLAUSE,
                        HELSE_FONNA_DIABETES_COURSES, onlyKarmoyAndStord, null)))
                .when(assign("a-1", haugesundRuns(NEWLY_DIAGNOSED_DIABETES_COURSES)))
                .expectEvents(assigned(1, "a-1", haugesundRuns(NEWLY_DIAGNOSED_DIABETES_COURSES), null));
    }

    @Test
    void sharedResponsibilityWithANamedLeadIsAllowed() {
        ResponsibilityTerms trustLeads = ResponsibilityTerms.of(CHILDREN_AND_YOUTH, HELSE_FONNA,
                ResponsibilityRole.RESPONSIBLE, List.of()).sharedWith(HELSE_FONNA);
        ResponsibilityTerms haugesundShares = haugesundRuns(CHILDREN_AND_YOUTH).sharedWith(HELSE_FONNA);
        fixture.given(history(draftWithDiabetesClause(), assigned(1, "a-bu-hf", trustLeads, null)))
                .when(assign("a-bu-1106", haugesundShares))
                .expectEvents(assigned(1, "a-bu-1106", haugesundShares, null));
    }

    @Test
    void sharedLeadMustBeOneOfTheResponsibleParties() {
        ResponsibilityTerms karmoyLedByStord = ResponsibilityTerms.of(CHILDREN_AND_YOUTH, KARMOY_KOMMUNE,
                ResponsibilityRole.RESPONSIBLE, List.of(HAUGESUND)).sharedWith(STORD_KOMMUNE);
        fixture.given(history(draftWithDiabetesClause(), assigned(1, "a-bu-1149", karmoyLedByStord, null)))
                .when(assign("a-bu-1106", haugesundRuns(CHILDREN_AND_YOUTH).sharedWith(STORD_KOMMUNE)))
                .expectNoEvents().expectException(violates(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL));
    }

    @Test
    void withdrawingTheLeadOfASharedResponsibilityIsRefused() {
        ResponsibilityTerms trustLeads = ResponsibilityTerms.of(CHILDREN_AND_YOUTH, HELSE_FONNA,
                ResponsibilityRole.RESPONSIBLE, List.of()).sharedWith(HELSE_FONNA);
        ResponsibilityTerms karmoyShares = ResponsibilityTerms.of(CHILDREN_AND_YOUTH, KARMOY_KOMMUNE,
                ResponsibilityRole.RESPONSIBLE, List.of(HAUGESUND)).sharedWith(HELSE_FONNA);
        fixture.given(history(draftWithDiabetesClause(), assigned(1, "a-bu-hf", trustLeads, null),
                        assigned(1, "a-bu-1149", karmoyShares, null),
                        assigned(1, "a-bu-1106", haugesundRuns(CHILDREN_AND_YOUTH).sharedWith(HELSE_FONNA), null)))
                .when(new WithdrawResponsibility(AGREEMENT, 1, DIABETES_CLAUSE, "a-bu-hf"))
                .expectNoEvents().expectException(violates(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL, "assignmentId"));
    }

    @Test
    void sharedAssignmentNamesALeadParty() {
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", haugesundRuns(CHILDREN_AND_YOUTH).sharedWith(DIABETESFORBUNDET)))
                .expectNoEvents().expectException(violates(AgreementRule.SHARED_ASSIGNMENT_NAMES_A_LEAD_PARTY, "assignment.sharedLead"));
    }

    @Test
    void transitionEndDateOnlyForTransitions() {
        fixture.given(draftWithDiabetesClause())
                .when(assign("a-1", haugesundRuns(CHILDREN_AND_YOUTH).withTransitionEndsOn(LocalDate.of(2017, 12, 31))))
                .expectNoEvents()
                .expectException(violates(AgreementRule.TRANSITION_END_DATE_ONLY_FOR_TRANSITIONS, "assignment.transitionEndsOn"));
    }

    @Test
    void amendingKeepsTheConflictRule() {
        fixture.given(history(draftWithDiabetesClause(), assigned(1, "a-1", haugesundRuns(CHILDREN_AND_YOUTH), null)))
                .when(new AmendResponsibility(AGREEMENT, 1, DIABETES_CLAUSE, "a-1",
                        haugesundRuns(NEWLY_DIAGNOSED_DIABETES_COURSES)))
                .expectNoEvents().expectException(violates(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL));
    }
}
