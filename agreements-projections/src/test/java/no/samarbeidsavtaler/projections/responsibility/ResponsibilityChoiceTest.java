package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolverTest.*;
import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import org.junit.jupiter.api.Test;

/** The choice among matching assignments: specificity, special agreements, conflicts, sharing, transitions. */
class ResponsibilityChoiceTest {

    private final ResponsibilityResolver resolver = new ResponsibilityResolver(CsvPartyCatalogue.fromClasspath());

    private MunicipalityResponsibility ask(Cell cell, String municipality, LocalDate date, AgreementView... views) {
        return resolver.resolve(new FindResponsibility(cell, null, List.of(municipality), date), List.of(views))
                .municipalities().get(0);
    }

    @Test
    void theMostSpecificAssignmentWins() {
        AgreementView d = sub("d", HELSE_FONNA, "1106").clause("3").assign("3", "d-hf", responsible(NEWLY, FONNA))
                .assign("3", "d-1106", responsible(DIABETES_NEWLY, HAUGESUND, "1106")).inForceFrom(START).view();
        MunicipalityResponsibility diabetes = ask(DIABETES_NEWLY, "1106", DAY, d);
        assertThat(diabetes.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(diabetes.responsible()).containsExactly(HAUGESUND);
        assertThat(diabetes.setAside()).singleElement().satisfies(s -> {
            assertThat(s.party().party()).isEqualTo(FONNA);
            assertThat(s.reason()).isEqualTo(Verdict.LESS_SPECIFIC);
        });
        assertThat(ask(NEWLY.withCondition(Condition.icd10("I10", "Hypertensjon")), "1106", DAY, d).responsible())
                .containsExactly(FONNA);
        // A sub-code is covered by its code; the free-text label does not matter.
        assertThat(ask(NEWLY.withCondition(Condition.icd10("E11.6", "Med komplikasjoner")), "1106", DAY, d).responsible())
                .containsExactly(HAUGESUND);
        assertThat(ask(NEWLY.withCondition(Condition.icd10("E11", "Type 2-diabetes")), "1106", DAY, d).responsible())
                .containsExactly(HAUGESUND);
    }

    @Test
    void aQueryNamingAConditionIsDiagnosisSpecific() {
        AgreementView d = sub("d", HELSE_FONNA, "1106").clause("3").assign("3", "d-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        Cell asked = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withCondition(E11)
                .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
        assertThat(ask(asked, "1106", DAY, d).responsible()).containsExactly(FONNA);
    }

    @Test
    void aSpecialAgreementYieldsToItsParentAtEqualSpecificityButWinsWhenMoreSpecific() {
        AgreementView parent = sub("p", HELSE_FONNA, "1106").clause("3").assign("3", "p-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        AgreementView special = TestAgreement.of("s", AgreementKind.SPECIAL, HELSE_FONNA, "p", List.of(), "1106")
                .clause("1").assign("1", "s-1106", responsible(NEWLY, HAUGESUND))
                .assign("1", "s-1106-diabetes", responsible(DIABETES_NEWLY, HAUGESUND)).inForceFrom(START).view();
        MunicipalityResponsibility equal = ask(NEWLY, "1106", DAY, parent, special);
        assertThat(equal.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(equal.responsible()).containsExactly(FONNA);
        assertThat(equal.setAside()).singleElement().satisfies(s -> {
            assertThat(s.party().citation().assignmentId()).isEqualTo("s-1106");
            assertThat(s.reason()).isEqualTo(Verdict.YIELDS_TO_PARENT);
        });
        assertThat(ask(DIABETES_NEWLY, "1106", DAY, parent, special).responsible()).containsExactly(HAUGESUND);
    }

    @Test
    void equallySpecificAssignmentsNamingDifferentPartiesAreAConflictAndNoneIsPicked() {
        AgreementView x = sub("x", HELSE_FONNA, "1106").clause("3").assign("3", "x-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        AgreementView y = sub("y", HELSE_FONNA, "1106").clause("3").assign("3", "y-1106", responsible(NEWLY, HAUGESUND))
                .inForceFrom(START).view();
        MunicipalityResponsibility answer = ask(NEWLY, "1106", DAY, x, y);
        assertThat(answer.state()).isEqualTo(ResponsibilityState.CONFLICT);
        assertThat(answer.responsible()).isEmpty();
        assertThat(answer.parties()).extracting(PartyInRole::role).containsOnly(PartyRole.CONFLICTING);
        assertThat(answer.parties()).extracting(p -> p.citation().assignmentId()).containsExactlyInAnyOrder("x-hf", "y-1106");
    }

    @Test
    void explicitlySharedWithACommonLeadIsSharedOtherwiseAConflict() {
        AgreementView shared = sub("e", HELSE_FONNA, "1106").clause("6")
                .assign("6", "e-hf", responsible(CHILDREN, FONNA).sharedWith(FONNA))
                .assign("6", "e-1106", responsible(CHILDREN, HAUGESUND, "1106").sharedWith(FONNA)).inForceFrom(START).view();
        MunicipalityResponsibility answer = ask(CHILDREN, "1106", DAY, shared);
        assertThat(answer.state()).isEqualTo(ResponsibilityState.SHARED);
        assertThat(answer.lead()).isEqualTo(FONNA);
        assertThat(answer.responsible()).containsExactlyInAnyOrder(FONNA, HAUGESUND);
        AgreementView twoLeads = sub("e2", HELSE_FONNA, "1106").clause("6")
                .assign("6", "e-hf", responsible(CHILDREN, FONNA).sharedWith(FONNA))
                .assign("6", "e-1106", responsible(CHILDREN, HAUGESUND, "1106").sharedWith(HAUGESUND)).inForceFrom(START).view();
        assertThat(ask(CHILDREN, "1106", DAY, twoLeads).state()).isEqualTo(ResponsibilityState.CONFLICT);
    }

    @Test
    void aTransitionKeepsTheTrustResponsibleUntilTheEndDate() {
        AgreementView t = sub("t", HELSE_FONNA, "1106").clause("3").assign("3", "t-1106",
                responsible(NEWLY, HAUGESUND, "1106").withTransitionEndsOn(LocalDate.of(2019, 12, 31)), HELSE_FONNA)
                .inForceFrom(LocalDate.of(2018, 1, 1)).view();
        MunicipalityResponsibility during = ask(NEWLY, "1106", LocalDate.of(2018, 6, 1), t);
        assertThat(during.state()).isEqualTo(ResponsibilityState.IN_TRANSITION);
        assertThat(during.responsible()).containsExactly(FONNA);
        assertThat(during.parties()).extracting(PartyInRole::party, PartyInRole::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FONNA, PartyRole.RESPONSIBLE),
                        org.assertj.core.groups.Tuple.tuple(HAUGESUND, PartyRole.TAKING_OVER));
        assertThat(during.transition().endsOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(during.transition().fromTrust()).isEqualTo(HELSE_FONNA);
        // The trust's entry cites the taking-over assignment and both parties' decisions.
        assertThat(during.parties().get(0).citation().assignmentId()).isEqualTo("t-1106");
        assertThat(during.parties().get(0).citation().decisions()).extracting(Citation.Decision::party)
                .containsExactly(FONNA, HAUGESUND);
        MunicipalityResponsibility after = ask(NEWLY, "1106", LocalDate.of(2019, 12, 31), t);
        assertThat(after.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(after.responsible()).containsExactly(HAUGESUND);
    }

    @Test
    void aConfirmedOfferingEndsTheTransitionOnItsEstablishedDate() {
        AgreementView t = sub("t", HELSE_FONNA, "1106").clause("3").assign("3", "t-1106",
                responsible(NEWLY, HAUGESUND, "1106"), HELSE_FONNA).inForceFrom(LocalDate.of(2018, 1, 1))
                .confirmed("3", "t-1106", LocalDate.of(2019, 3, 1)).view();
        assertThat(ask(NEWLY, "1106", LocalDate.of(2019, 2, 28), t).state()).isEqualTo(ResponsibilityState.IN_TRANSITION);
        MunicipalityResponsibility established = ask(NEWLY, "1106", LocalDate.of(2019, 3, 1), t);
        assertThat(established.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(established.responsible()).containsExactly(HAUGESUND);
    }
}
