package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.LifecycleScenario;
import no.samarbeidsavtaler.projections.agreementview.RecordedAgreement;
import org.junit.jupiter.api.Test;

/**
 * The seed question on real data: the Helse Fonna 2016 recommendations recorded through the real
 * aggregate, folded, and asked "who owns newly-diagnosed diabetes courses in Helse Fonna?".
 */
class HelseFonnaResponsibilityTest {

    static final Cell NEWLY_DIAGNOSED_DIABETES_COURSE = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP)
            .withDiagnosisSpecific(true).withCondition(Condition.icd10("E11", "Diabetes mellitus type 2"))
            .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
    static final PartyRef TRUST = new PartyRef(PartyKind.HEALTH_TRUST, HELSE_FONNA_HF);

    private final ResponsibilityResolver resolver = new ResponsibilityResolver(CsvPartyCatalogue.fromClasspath());
    private final AgreementView recommendations = RecordedAgreement.folded(HelseFonna2016.commands(), AGREEMENT_ID);

    private ResponsibilityAnswer ask(Cell cell, LocalDate date, AgreementView view) {
        return resolver.resolve(new FindResponsibility(cell, HELSE_FONNA_HF, List.of(), date), List.of(view));
    }

    @Test
    void helseFonnaHfOwnsNewlyDiagnosedDiabetesCoursesInEachOfItsSixteenMunicipalities() {
        ResponsibilityAnswer answer = ask(NEWLY_DIAGNOSED_DIABETES_COURSE, LocalDate.of(2020, 1, 1), recommendations);
        assertThat(answer.municipalities()).extracting(MunicipalityResponsibility::municipality)
                .containsExactlyInAnyOrderElementsOf(MUNICIPALITIES);
        assertThat(answer.municipalities()).allSatisfy(m -> {
            assertThat(m.state()).as(m.municipality()).isEqualTo(ResponsibilityState.RESPONSIBLE);
            assertThat(m.responsible()).containsExactly(TRUST);
            PartyInRole owner = m.parties().get(0);
            assertThat(owner.name()).isEqualTo("Helse Fonna HF");
            Citation citation = owner.citation();
            assertThat(citation.agreementId()).isEqualTo(AGREEMENT_ID);
            assertThat(citation.clauseNumber()).isEqualTo("3");
            assertThat(citation.clauseTitle()).isEqualTo("Korte diagnosespesifikke kurs for nydiagnostiserte");
            assertThat(citation.assignmentId()).isEqualTo(clauseId("3") + "-hf");
            assertThat(citation.effectiveFrom()).isEqualTo(IN_FORCE_FROM);
            assertThat(citation.decisions()).hasSize(2).allSatisfy(d -> {
                assertThat(d.forum()).isEqualTo(AdoptionForum.SAMHANDLINGSUTVALG);
                assertThat(d.caseNumber()).isEqualTo("SU-2016-09");
                assertThat(d.decidedOn()).isEqualTo(ADOPTED_ON);
            });
        });
    }

    @Test
    void beforeEntryIntoForceNobodyOwnsThem() {
        assertThat(ask(NEWLY_DIAGNOSED_DIABETES_COURSE, IN_FORCE_FROM.minusDays(1), recommendations).municipalities())
                .allSatisfy(m -> assertThat(m.state()).isEqualTo(ResponsibilityState.GAP));
    }

    @Test
    void municipalitiesRunFrisklivAndChildrenAndYouthIsSharedLedByHelseFonna() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThat(ask(FRISKLIV, day, recommendations).municipalities())
                .allSatisfy(m -> assertThat(m.responsible()).containsExactly(new PartyRef(PartyKind.MUNICIPALITY, m.municipality())));
        assertThat(ask(CHILDREN_AND_YOUTH, day, recommendations).municipalities()).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(ResponsibilityState.SHARED);
            assertThat(m.lead()).isEqualTo(TRUST);
        });
    }

    @Test
    void haugesundTakesOverInVersionTwoWithATransitionAndADeviation() {
        AgreementView lived = RecordedAgreement.folded(LifecycleScenario.untilVersion2InForce(), AGREEMENT_ID);
        MunicipalityResponsibility during = resolver.resolve(new FindResponsibility(NEWLY_DIAGNOSED_DIABETES_COURSE,
                HELSE_FONNA_HF, List.of("1106", "1149"), LocalDate.of(2018, 6, 1)), List.of(lived)).municipalities().get(0);
        assertThat(during.state()).isEqualTo(ResponsibilityState.IN_TRANSITION);
        assertThat(during.transition().to()).isEqualTo(new PartyRef(PartyKind.MUNICIPALITY, "1106"));
        assertThat(during.transition().endsOn()).isEqualTo(LifecycleScenario.TRANSITION_ENDS_ON);
        MunicipalityResponsibility mixed = resolver.resolve(new FindResponsibility(MIXED_GROUPS, HELSE_FONNA_HF,
                List.of("1106"), LocalDate.of(2018, 6, 1)), List.of(lived)).municipalities().get(0);
        assertThat(mixed.state()).isEqualTo(ResponsibilityState.GAP);
        assertThat(mixed.deviations()).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("Haugesund driver blandede grupper interkommunalt"));

        AgreementView confirmed = RecordedAgreement.folded(LifecycleScenario.all(), AGREEMENT_ID);
        MunicipalityResponsibility after = resolver.resolve(new FindResponsibility(NEWLY_DIAGNOSED_DIABETES_COURSE,
                HELSE_FONNA_HF, List.of("1106"), LifecycleScenario.HAUGESUND_ESTABLISHED_ON), List.of(confirmed))
                .municipalities().get(0);
        assertThat(after.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(after.responsible()).containsExactly(new PartyRef(PartyKind.MUNICIPALITY, "1106"));
    }

    @Test
    void theRegionMatrixHasTheStandardColumnsForEachMunicipality() {
        ResponsibilityMatrix matrix = resolver.matrix(HELSE_FONNA_HF, LocalDate.of(2020, 1, 1), List.of(recommendations));
        assertThat(matrix.healthTrustName()).isEqualTo("Helse Fonna HF");
        assertThat(matrix.columns()).hasSize(21);
        assertThat(matrix.rows()).hasSize(16).allSatisfy(row -> assertThat(row.entries()).hasSize(21));
        int newly = column(matrix, "DIAGNOSIS_SPECIFIC_GROUP/PATIENTS/NEWLY_DIAGNOSED");
        int friskliv = column(matrix, "PREVENTIVE_HEALTHY_LIFE/PREVENTION");
        int meetingPlaces = column(matrix, "MEETING_PLACE_SELF_HELP/FOLLOW_UP_OVER_TIME");
        assertThat(matrix.rows()).allSatisfy(row -> {
            assertThat(row.entries().get(newly).parties()).containsExactly(TRUST);
            assertThat(row.entries().get(newly).citations()).singleElement()
                    .satisfies(c -> assertThat(c.clauseNumber()).isEqualTo("3"));
            assertThat(row.entries().get(friskliv).parties()).containsExactly(new PartyRef(PartyKind.MUNICIPALITY, row.municipality()));
            assertThat(row.entries().get(meetingPlaces).state()).isEqualTo(ResponsibilityState.GAP);
        });
    }

    private static int column(ResponsibilityMatrix matrix, String key) {
        for (int i = 0; i < matrix.columns().size(); i++) {
            if (matrix.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }
}
