package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawClause;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import no.samarbeidsavtaler.core.agreement.events.ClauseAmended;
import no.samarbeidsavtaler.core.agreement.events.ClauseWithdrawn;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clauses are edited in drafts only; adopted, signed, in-force and superseded versions are locked. */
class DraftingRulesTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static AmendClause amendDiabetesClause(int version) {
        return new AmendClause(AGREEMENT, version, DIABETES_CLAUSE, "3", "Korte kurs", "Ny tekst");
    }

    @Test
    void clauseIsAddedToADraft() {
        fixture.given(draftWithDiabetesClause())
                .when(new AddClause(AGREEMENT, 1, "clause-4", " 4 ", "Friskliv", "Alle kommuner tilbyr friskliv."))
                .expectEvents(new ClauseAdded(AGREEMENT, 1, "clause-4", "4", "Friskliv", "Alle kommuner tilbyr friskliv."));
    }

    @Test
    void amendedClauseKeepsItsIdentityAndCountsRevisions() {
        fixture.given(draftWithDiabetesClause()).when(amendDiabetesClause(1))
                .expectEvents(new ClauseAmended(AGREEMENT, 1, DIABETES_CLAUSE, "3", "Korte kurs", "Ny tekst"))
                .expectState(agreement -> {
                    Clause clause = agreement.version(1).orElseThrow().clause(DIABETES_CLAUSE).orElseThrow();
                    assertThat(clause.revision()).isEqualTo(2);
                    assertThat(clause.assignments()).hasSize(1);
                });
    }

    @Test
    void clauseIdIsUnique() {
        fixture.given(draftWithDiabetesClause())
                .when(new AddClause(AGREEMENT, 1, DIABETES_CLAUSE, "9", "Annet", "Tekst"))
                .expectNoEvents().expectException(violates(AgreementRule.CLAUSE_ID_IS_UNIQUE, "clauseId"));
    }

    @Test
    void clauseNumberIsUnique() {
        fixture.given(draftWithDiabetesClause())
                .when(new AddClause(AGREEMENT, 1, "clause-x", "3", "Annet", "Tekst"))
                .expectNoEvents().expectException(violates(AgreementRule.CLAUSE_NUMBER_IS_UNIQUE, "number"));
    }

    @Test
    void clauseHasNumberAndText() {
        fixture.given(draftWithDiabetesClause())
                .when(new AddClause(AGREEMENT, 1, "clause-x", "9", "", null))
                .expectNoEvents().expectException(violates(AgreementRule.CLAUSE_HAS_NUMBER_AND_TEXT, "text"));
    }

    @Test
    void clauseIdIsAValidIdentifier() {
        fixture.given(draftWithDiabetesClause())
                .when(new AddClause(AGREEMENT, 1, "punkt 9", "9", "Tittel", "Tekst"))
                .expectNoEvents().expectException(violates(AgreementRule.IDENTIFIER_IS_VALID, "clauseId"));
    }

    @Test
    void clauseIsKnown() {
        fixture.given(draftWithDiabetesClause())
                .when(new AmendClause(AGREEMENT, 1, "clause-missing", "9", "Tittel", "Tekst"))
                .expectNoEvents().expectException(violates(AgreementRule.CLAUSE_IS_KNOWN, "clauseId"));
    }

    @Test
    void withdrawnClauseCannotBeAmended() {
        fixture.given(history(draftWithDiabetesClause(), new ClauseWithdrawn(AGREEMENT, 1, DIABETES_CLAUSE)))
                .when(amendDiabetesClause(1))
                .expectNoEvents().expectException(violates(AgreementRule.CLAUSE_IS_KNOWN, "clauseId"));
    }

    @Test
    void withdrawingAClauseTakesItsAssignmentsOut() {
        fixture.given(draftWithDiabetesClause()).when(new WithdrawClause(AGREEMENT, 1, DIABETES_CLAUSE))
                .expectEvents(new ClauseWithdrawn(AGREEMENT, 1, DIABETES_CLAUSE))
                .expectState(agreement -> assertThat(agreement.version(1).orElseThrow().assignments()).isEmpty());
    }

    @Test
    void versionIsKnown() {
        fixture.given(draftWithDiabetesClause()).when(amendDiabetesClause(7))
                .expectNoEvents().expectException(violates(AgreementRule.VERSION_IS_KNOWN, "version"));
    }

    @Test
    void negotiatedVersionCannotBeChanged() {
        fixture.given(version1NegotiatedWithDiabetesClause()).when(amendDiabetesClause(1))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version"));
    }

    @Test
    void adoptedVersionCannotBeChanged() {
        fixture.given(version1AdoptedByAll()).when(amendDiabetesClause(1))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version"));
    }

    @Test
    void signedVersionCannotBeChanged() {
        fixture.given(version1SignedByAll()).when(new WithdrawClause(AGREEMENT, 1, DIABETES_CLAUSE))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version"));
    }

    @Test
    void inForceVersionCannotBeChanged() {
        fixture.given(version1InForce()).when(new AddClause(AGREEMENT, 1, "clause-4", "4", "Friskliv", "Tekst"))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version"));
    }

    @Test
    void supersededVersionCannotBeChanged() {
        fixture.given(version2InForce()).when(amendDiabetesClause(1))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version"));
    }
}
