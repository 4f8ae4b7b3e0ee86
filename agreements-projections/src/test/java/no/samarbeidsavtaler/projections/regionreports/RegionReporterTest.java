package no.samarbeidsavtaler.projections.regionreports;

import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.CellFinding;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.TransitionFinding;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;
import no.samarbeidsavtaler.projections.responsibility.TestAgreement;
import org.junit.jupiter.api.Test;

/** Each region check on small hand-built agreements in Helse Fonna's real catchment area (16 municipalities). */
class RegionReporterTest {

    static final Cell NEWLY = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true)
            .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
    static final String NEWLY_PATIENTS = "DIAGNOSIS_SPECIFIC_GROUP/PATIENTS/NEWLY_DIAGNOSED";
    static final LocalDate START = LocalDate.of(2016, 10, 1);
    static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    private final RegionReporter reporter = new RegionReporter(CsvPartyCatalogue.fromClasspath());

    private RegionReport report(LocalDate date, Period interval, AgreementView... views) {
        return reporter.report(HELSE_FONNA, date, interval, List.of(views));
    }

    @Test
    void gapsAreVocabularyCellsWithoutAResponsiblePartyPerMunicipality() {
        AgreementView a = sub("a", HELSE_FONNA, "1106", "1149").clause("3").assign("3", "a-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        RegionReport report = report(DAY, null, a);
        assertThat(report.vocabulary()).hasSize(21);
        // the assignment is open in target group: it covers the newly-diagnosed cell of all 6 groups
        assertThat(report.gaps()).hasSize(16 * 21 - 2 * 6);
        assertThat(report.gaps()).noneMatch(g -> g.columnKey().equals(NEWLY_PATIENTS)
                && List.of("1106", "1149").contains(g.municipality()));
        assertThat(report.gaps()).anyMatch(g -> g.columnKey().equals(NEWLY_PATIENTS) && g.municipality().equals("1134"));
    }

    @Test
    void conditionsTheAgreementsMentionBecomeColumns() {
        Cell diabetes = NEWLY.withCondition(Condition.icd10("E11", "Diabetes mellitus type 2"));
        AgreementView a = sub("a", HELSE_FONNA, "1106").clause("3").assign("3", "a-1106", responsible(diabetes, municipality("1106")))
                .inForceFrom(START).view();
        RegionReport report = report(DAY, null, a);
        assertThat(report.vocabulary()).hasSize(23);
        assertThat(report.gaps()).noneMatch(g -> g.municipality().equals("1106") && g.columnKey().equals(NEWLY_PATIENTS + "/ICD10:E11"));
    }

    @Test
    void conflictsAndOverlapsAreListedWithTheirCitations() {
        AgreementView x = sub("x", HELSE_FONNA, "1106", "1149").clause("3").assign("3", "x-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        AgreementView y = sub("y", HELSE_FONNA, "1106").clause("3").assign("3", "y-1106", responsible(NEWLY, municipality("1106")))
                .inForceFrom(START).view();
        AgreementView z = sub("z", HELSE_FONNA, "1149").clause("3").assign("3", "z-hf", responsible(NEWLY, FONNA))
                .inForceFrom(START).view();
        RegionReport report = report(DAY, null, x, y, z);
        List<CellFinding> conflicts = report.conflicts().stream().filter(c -> c.columnKey().equals(NEWLY_PATIENTS)).toList();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.municipality()).isEqualTo("1106");
            assertThat(c.state()).isEqualTo(ResponsibilityState.CONFLICT);
            assertThat(c.citations()).extracting(r -> r.assignmentId()).containsExactlyInAnyOrder("x-hf", "y-1106");
        });
        assertThat(report.overlaps()).filteredOn(o -> o.columnKey().equals(NEWLY_PATIENTS)).singleElement().satisfies(o -> {
            assertThat(o.municipality()).isEqualTo("1149");
            assertThat(o.parties()).containsExactly(FONNA);
            assertThat(o.citations()).extracting(r -> r.agreementId()).containsExactlyInAnyOrder("x", "z");
        });
    }

    @Test
    void transitionsArePendingOrOverdueUntilEstablished() {
        AgreementView t = sub("t", HELSE_FONNA, "1106", "1149", "1134", "1135").clause("3")
                .assign("3", "overdue", responsible(NEWLY, municipality("1106"), "1106")
                        .withTransitionEndsOn(LocalDate.of(2019, 12, 31)), HELSE_FONNA)
                .assign("3", "open-ended", responsible(NEWLY, municipality("1149"), "1149"), HELSE_FONNA)
                .assign("3", "established", responsible(NEWLY, municipality("1134"), "1134"), HELSE_FONNA)
                .assign("3", "established-later", responsible(NEWLY, municipality("1135"), "1135"), HELSE_FONNA)
                .inForceFrom(LocalDate.of(2018, 1, 1))
                .confirmed("3", "established", LocalDate.of(2019, 3, 1))
                .confirmed("3", "established-later", LocalDate.of(2021, 1, 1)).view();
        RegionReport report = report(DAY, null, t);
        assertThat(report.overdueTransitions()).extracting(TransitionFinding::assignmentId).containsExactly("overdue");
        assertThat(report.pendingTransitions()).extracting(TransitionFinding::assignmentId)
                .containsExactly("open-ended", "established-later");
        TransitionFinding overdue = report.overdueTransitions().get(0);
        assertThat(overdue.fromTrust()).isEqualTo(HELSE_FONNA);
        assertThat(overdue.toName()).isEqualTo("Haugesund");
        assertThat(overdue.municipalities()).containsExactly("1106");
        assertThat(overdue.endsOn()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void statutoryCoverageListsCoveredPointsAndMissingRequiredOnesThroughLineage() {
        AgreementView overall = TestAgreement.of("o", AgreementKind.OVERALL, HELSE_FONNA, null, List.of(1, 2, 3, 4, 5, 6),
                "1228", "1106").inForceFrom(START).view();
        AgreementView sub = TestAgreement.of("d", AgreementKind.SUB_AGREEMENT, HELSE_FONNA, "o", List.of(7, 8, 9, 10, 11),
                "4618").inForceFrom(START).view();
        RegionReport before = report(LocalDate.of(2023, 6, 30), null, overall, sub);
        RegionReport.StatutoryCoverage ullensvang = coverage(before, "4618");
        assertThat(ullensvang.covered()).extracting(RegionReport.PointCoverage::point)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(ullensvang.covered().get(0).agreementIds()).containsExactly("o");
        assertThat(ullensvang.missingRequired()).isEmpty();
        assertThat(coverage(before, "1106").missingRequired()).containsExactly(7, 8, 9, 10, 11);
        assertThat(coverage(before, "1134").missingRequired()).hasSize(11);
        RegionReport after = report(LocalDate.of(2023, 7, 1), null, overall, sub);
        assertThat(coverage(after, "4618").missingRequired()).containsExactly(12, 13);
    }

    @Test
    void withoutAnAgreedDateReviewsAreDueWhenTheVersionInForceIsOlderThanTheInterval() {
        AgreementView old = sub("old", HELSE_FONNA, "1106").clause("1").inForceFrom(START).view();
        AgreementView renewed = sub("renewed", HELSE_FONNA, "1106").clause("1").inForceFrom(START)
                .nextVersion().inForceFrom(LocalDate.of(2019, 1, 1)).view();
        AgreementView otherTrust = sub("other", HELSE_STAVANGER, "1106").clause("1").inForceFrom(START).view();
        LocalDate day = LocalDate.of(2021, 6, 1);
        RegionReport report = report(day, null, old, renewed, otherTrust);
        assertThat(report.reviewInterval()).isEqualTo(Period.ofYears(4));
        assertThat(report.reviewsDue()).singleElement().satisfies(r -> {
            assertThat(r.agreementId()).isEqualTo("old");
            assertThat(r.dueOn()).isEqualTo(START.plusYears(4));
            assertThat(r.basis()).isEqualTo(ReviewBasis.VERSION_AGE);
        });
        assertThat(report(day, Period.ofYears(1), old, renewed).reviewsDue()).extracting(RegionReport.ReviewDue::agreementId)
                .containsExactly("old", "renewed");
    }

    @Test
    void anAgreedReviewDateDecidesAndVersionAgeIsOnlyTheFallback() {
        LocalDate day = LocalDate.of(2021, 6, 1);
        AgreementView agreedPassed = sub("agreed-passed", HELSE_FONNA, "1106").clause("1")
                .inForceFrom(LocalDate.of(2020, 1, 1)).reviewDueOn(LocalDate.of(2021, 5, 31)).view();
        AgreementView agreedToday = sub("agreed-today", HELSE_FONNA, "1106").clause("1").inForceFrom(START)
                .reviewDueOn(day).view();
        AgreementView oldButAgreedLater = sub("old-agreed-later", HELSE_FONNA, "1106").clause("1").inForceFrom(START)
                .reviewDueOn(LocalDate.of(2022, 1, 1)).view();
        AgreementView reAgreed = sub("re-agreed", HELSE_FONNA, "1106").clause("1").inForceFrom(START)
                .reviewDueOn(LocalDate.of(2019, 1, 1)).reviewDueOn(LocalDate.of(2023, 1, 1)).view();
        AgreementView noAgreedDate = sub("by-age", HELSE_FONNA, "1106").clause("1").inForceFrom(START).view();

        List<RegionReport.ReviewDue> due = report(day, null, agreedPassed, agreedToday, oldButAgreedLater, reAgreed,
                noAgreedDate).reviewsDue();

        assertThat(due).extracting(RegionReport.ReviewDue::agreementId).containsExactly("by-age", "agreed-passed");
        assertThat(due.get(0).basis()).isEqualTo(ReviewBasis.VERSION_AGE);
        assertThat(due.get(0).dueOn()).isEqualTo(START.plusYears(4));
        assertThat(due.get(1).basis()).isEqualTo(ReviewBasis.AGREED_DATE);
        assertThat(due.get(1).dueOn()).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(due.get(1).effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    private static RegionReport.StatutoryCoverage coverage(RegionReport report, String municipality) {
        return report.coverage().stream().filter(c -> c.municipality().equals(municipality)).findFirst().orElseThrow();
    }
}
