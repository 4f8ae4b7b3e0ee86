package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import org.junit.jupiter.api.Test;

/** Which assignments apply: validity dates, municipalities, deviations, lineage, scope, citations. */
class ResponsibilityResolverTest {

    static final Cell NEWLY = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true)
            .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
    static final Condition E11 = Condition.icd10("E11", "Diabetes mellitus type 2");
    static final Cell DIABETES_NEWLY = NEWLY.withCondition(E11);
    static final Cell FRISKLIV = Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);
    static final Cell MIXED = Cell.of(OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(false);
    static final Cell CHILDREN = Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH);
    static final LocalDate START = LocalDate.of(2016, 10, 1);
    static final LocalDate DAY = LocalDate.of(2020, 6, 1);
    static final PartyRef HAUGESUND = municipality("1106");

    private final ResponsibilityResolver resolver = new ResponsibilityResolver(CsvPartyCatalogue.fromClasspath());

    private MunicipalityResponsibility ask(Cell cell, String municipality, LocalDate date, AgreementView... views) {
        return resolver.resolve(new FindResponsibility(cell, null, List.of(municipality), date), List.of(views))
                .municipalities().get(0);
    }

    @Test
    void onlyTheVersionInForceOnTheDateCounts() {
        AgreementView a = sub("a", HELSE_FONNA, "1106").clause("3").assign("3", "a-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).nextVersion().withdraw("3", "a-hf")
                .assign("3", "a-1106", responsible(NEWLY, HAUGESUND)).inForceFrom(LocalDate.of(2018, 1, 1))
                .terminated(LocalDate.of(2024, 1, 1)).view();
        assertThat(ask(NEWLY, "1106", START.minusDays(1), a).state()).isEqualTo(ResponsibilityState.GAP);
        MunicipalityResponsibility v1 = ask(NEWLY, "1106", START, a);
        assertThat(v1.responsible()).containsExactly(FONNA);
        assertThat(v1.parties().get(0).citation().version()).isEqualTo(1);
        MunicipalityResponsibility v2 = ask(NEWLY, "1106", LocalDate.of(2018, 1, 1), a);
        assertThat(v2.responsible()).containsExactly(HAUGESUND);
        assertThat(v2.parties().get(0).citation().version()).isEqualTo(2);
        assertThat(ask(NEWLY, "1106", LocalDate.of(2024, 1, 1), a).state()).isEqualTo(ResponsibilityState.GAP);
    }

    @Test
    void anAssignmentAppliesToItsMunicipalitiesOrToAllWhenItListsNone() {
        AgreementView b = sub("b", HELSE_FONNA, "1106", "1149").clause("2")
                .assign("2", "b-1106", responsible(FRISKLIV, HAUGESUND, "1106"))
                .assign("2", "b-hf", responsible(MIXED, FONNA)).inForceFrom(START).view();
        assertThat(ask(FRISKLIV, "1106", DAY, b).responsible()).containsExactly(HAUGESUND);
        assertThat(ask(FRISKLIV, "1149", DAY, b).state()).isEqualTo(ResponsibilityState.GAP);
        assertThat(ask(MIXED, "1149", DAY, b).responsible()).containsExactly(FONNA);
    }

    @Test
    void aDeviationRemovesTheClausesAssignmentsForThatMunicipalityAndIsReported() {
        AgreementView c = sub("c", HELSE_FONNA, "1106", "1149").clause("3").assign("3", "c-hf", responsible(NEWLY, FONNA))
                .adoptedBy(HAUGESUND, AdoptionForum.MUNICIPAL_COUNCIL, "PS 16/12", LocalDate.of(2016, 9, 1),
                        new Deviation(clauseId("c", "3"), "Haugesund driver egne kurs"))
                .inForceFrom(START).view();
        MunicipalityResponsibility haugesund = ask(NEWLY, "1106", DAY, c);
        assertThat(haugesund.state()).isEqualTo(ResponsibilityState.GAP);
        assertThat(haugesund.deviations()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Haugesund driver egne kurs");
            assertThat(d.clauseNumber()).isEqualTo("3");
            assertThat(d.municipality()).isEqualTo("1106");
            assertThat(d.decision().caseNumber()).isEqualTo("PS 16/12");
            assertThat(d.decision().forum()).isEqualTo(AdoptionForum.MUNICIPAL_COUNCIL);
        });
        MunicipalityResponsibility karmoy = ask(NEWLY, "1149", DAY, c);
        assertThat(karmoy.responsible()).containsExactly(FONNA);
        assertThat(karmoy.deviations()).isEmpty();
    }

    @Test
    void aCurrentMunicipalityIsAnsweredFromAgreementsSignedByItsPredecessors() {
        AgreementView odda = sub("odda", HELSE_FONNA, "1228").clause("3").assign("3", "odda-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        MunicipalityResponsibility ullensvang = ask(NEWLY, "4618", DAY, odda);
        assertThat(ullensvang.municipalityName()).isEqualTo("Ullensvang");
        assertThat(ullensvang.responsible()).containsExactly(FONNA);
        assertThat(ullensvang.parties().get(0).citation().decisions()).extracting(Citation.Decision::party)
                .containsExactly(FONNA, municipality("1228"));
    }

    @Test
    void citationsNameTheAgreementClauseAssignmentAndBothPartiesDecisions() {
        AgreementView c = sub("c", HELSE_FONNA, "1149").clause("3")
                .assign("3", "c-hf", responsible(NEWLY, FONNA).withConditions("Følges opp i spesialisthelsetjenesten"))
                .inForceFrom(START).view();
        Citation citation = ask(DIABETES_NEWLY, "1149", DAY, c).parties().get(0).citation();
        assertThat(citation.agreementId()).isEqualTo("c");
        assertThat(citation.agreementTitle()).isEqualTo("Avtale c");
        assertThat(citation.agreementKind()).isEqualTo(AgreementKind.SUB_AGREEMENT);
        assertThat(citation.version()).isEqualTo(1);
        assertThat(citation.effectiveFrom()).isEqualTo(START);
        assertThat(citation.clauseNumber()).isEqualTo("3");
        assertThat(citation.clauseTitle()).isEqualTo("Punkt 3");
        assertThat(citation.assignmentId()).isEqualTo("c-hf");
        assertThat(citation.cell()).isEqualTo(NEWLY);
        assertThat(citation.conditions()).isEqualTo("Følges opp i spesialisthelsetjenesten");
        assertThat(citation.decisions()).extracting(Citation.Decision::party, Citation.Decision::caseNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FONNA, "SU-c-1"),
                        org.assertj.core.groups.Tuple.tuple(municipality("1149"), "SU-c-1"));
        assertThat(citation.decisions()).allSatisfy(dec -> {
            assertThat(dec.forum()).isEqualTo(AdoptionForum.SAMHANDLINGSUTVALG);
            assertThat(dec.decidedOn()).isEqualTo(START.minusMonths(1));
        });
    }

    @Test
    void contributorsAdvisorsAndNarrowerAssignmentsAreReportedBesideAGap() {
        AgreementView g = sub("g", HELSE_FONNA, "1106").clause("1")
                .assign("1", "g-advice", ResponsibilityTerms.of(Cell.general(), FONNA, ResponsibilityRole.ADVISOR, List.of()))
                .assign("1", "g-ffo", ResponsibilityTerms.of(Cell.general(), new PartyRef(PartyKind.USER_ORGANISATION, "ffo"),
                        ResponsibilityRole.CONTRIBUTOR, List.of()))
                .assign("1", "g-newly", responsible(NEWLY, FONNA)).inForceFrom(START).view();
        Cell anyPhase = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP);
        MunicipalityResponsibility answer = ask(anyPhase, "1106", DAY, g);
        assertThat(answer.state()).isEqualTo(ResponsibilityState.GAP);
        assertThat(answer.parties()).extracting(PartyInRole::role).containsExactly(PartyRole.ADVISOR, PartyRole.CONTRIBUTOR);
        assertThat(answer.parties().get(1).name()).contains("FFO");
        assertThat(answer.narrower()).extracting(p -> p.citation().assignmentId()).containsExactly("g-newly");
    }

    @Test
    void withAHealthTrustOnlyItsAgreementsCountAndItsRegionIsTheScope() {
        AgreementView fonna = sub("f", HELSE_FONNA, "1106", "1103").clause("3").assign("3", "f-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        AgreementView stavanger = sub("st", HELSE_STAVANGER, "1106").clause("3")
                .assign("3", "st-1106", responsible(NEWLY, HAUGESUND)).inForceFrom(START).view();
        ResponsibilityAnswer answer = resolver.resolve(new FindResponsibility(NEWLY, HELSE_FONNA, List.of(), DAY),
                List.of(fonna, stavanger));
        // 16 municipalities of the catchment area plus 1103 Stavanger named by one of its agreements
        assertThat(answer.municipalities()).hasSize(17);
        assertThat(answer.municipalities().get(16).municipality()).isEqualTo("1103");
        MunicipalityResponsibility haugesund = answer.municipalities().stream()
                .filter(m -> m.municipality().equals("1106")).findFirst().orElseThrow();
        assertThat(haugesund.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(haugesund.responsible()).containsExactly(FONNA);
        assertThat(ask(NEWLY, "1106", DAY, fonna, stavanger).state()).isEqualTo(ResponsibilityState.CONFLICT);
    }
}
