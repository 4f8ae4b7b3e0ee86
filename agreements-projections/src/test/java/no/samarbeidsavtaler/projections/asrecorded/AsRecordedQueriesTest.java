package no.samarbeidsavtaler.projections.asrecorded;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.HELSE_FONNA_HF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.LifecycleScenario;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import no.samarbeidsavtaler.projections.history.AuditedRegistry;
import no.samarbeidsavtaler.projections.rebuild.SmallAgreements;
import no.samarbeidsavtaler.projections.rebuild.TestMongo;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Entry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both time axes: version 2 was recorded in December 2017 to enter into force on 2018-01-01; on
 * 2018-03-01 the registry recorded a correction of that date to 2018-02-01. For valid date 2018-01-15 the
 * answer depends on when you ask; for one record time, on the valid date you ask about.
 */
class AsRecordedQueriesTest {

    private static final Instant V1_RECORDED = Instant.parse("2016-09-30T12:00:00Z");
    private static final Instant V2_RECORDED = Instant.parse("2017-12-20T12:00:00Z");
    private static final Instant CORRECTION_RECORDED = Instant.parse("2018-03-01T09:00:00Z");
    private static final Instant LATE_AGREEMENT_RECORDED = Instant.parse("2019-01-10T09:00:00Z");
    private static final LocalDate MID_JANUARY_2018 = LocalDate.of(2018, 1, 15);
    private static final String SHORT_COURSES_COLUMN = "DIAGNOSIS_SPECIFIC_GROUP/PATIENTS/NEWLY_DIAGNOSED";

    private static AuditedRegistry registry;
    private static TestMongo mongo;
    private static AsRecordedQueries queries;

    @BeforeAll
    static void record() {
        registry = AuditedRegistry.start();
        List<Object> commands = LifecycleScenario.untilVersion2InForce();
        int v1 = HelseFonna2016.commands().size();
        registry.at(V1_RECORDED).sendAll(commands.subList(0, v1));
        registry.at(V2_RECORDED).sendAll(commands.subList(v1, commands.size()));
        registry.at(CORRECTION_RECORDED).send(new CorrectEffectiveDate(AGREEMENT_ID, 2, LocalDate.of(2018, 2, 1),
                "Vedtaket i Haugesund gjelder fra februar"));
        registry.at(LATE_AGREEMENT_RECORDED).sendAll(SmallAgreements.registration("late", 1));
        // The live agreement views (and their by-trust lookup) as the projection would hold them now.
        mongo = new TestMongo();
        AgreementViewStore store = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
        List<AgreementView> now = new ArrayList<>();
        for (String id : List.of(AGREEMENT_ID, "late")) {
            now.add(AsRecorded.fold(AgreementEvents.read(registry.eventStore(), id), Instant.MAX));
        }
        store.insertAll(now);
        queries = new AsRecordedQueries(registry.eventStore(), store, AuditedRegistry.parties());
    }

    @AfterAll
    static void close() {
        registry.close();
        mongo.close();
    }

    private static Integer inForce(LocalDate validOn, Instant recordedAt) {
        InForceAsRecorded answer = queries.handle(new FindInForceAsRecorded(AGREEMENT_ID, validOn, recordedAt))
                .orElseThrow();
        return answer.version() == null ? null : answer.version().number();
    }

    @Test
    void theSameValidDateGetsADifferentAnswerAfterALaterCorrectionWasRecorded() {
        assertThat(inForce(MID_JANUARY_2018, V2_RECORDED)).as("known in December 2017").isEqualTo(2);
        assertThat(inForce(MID_JANUARY_2018, CORRECTION_RECORDED.minusSeconds(1))).isEqualTo(2);
        assertThat(inForce(MID_JANUARY_2018, CORRECTION_RECORDED)).as("known after the correction").isEqualTo(1);
    }

    @Test
    void forOneRecordTimeTheAnswerFollowsTheValidDate() {
        assertThat(inForce(LocalDate.of(2016, 9, 15), CORRECTION_RECORDED)).isNull();
        assertThat(inForce(MID_JANUARY_2018, CORRECTION_RECORDED)).isEqualTo(1);
        assertThat(inForce(LocalDate.of(2018, 2, 1), CORRECTION_RECORDED)).isEqualTo(2);
        assertThat(inForce(LocalDate.of(2019, 3, 1), V1_RECORDED))
                .as("in 2016 nobody knew of version 2").isEqualTo(1);
    }

    @Test
    void beforeItsRegistrationAnAgreementDoesNotExistAndTheViewHoldsOnlyWhatWasRecorded() {
        assertThat(queries.handle(new FindAgreementAsRecorded(AGREEMENT_ID, V1_RECORDED.minusSeconds(1)))).isEmpty();
        AgreementView inDecember = queries.handle(new FindAgreementAsRecorded(AGREEMENT_ID, V2_RECORDED)).orElseThrow();
        assertThat(inDecember.versionNumbered(2).orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(inDecember.lastChangedAt()).isEqualTo(V2_RECORDED);
        AgreementView later = queries.handle(new FindAgreementAsRecorded(AGREEMENT_ID, Instant.MAX)).orElseThrow();
        assertThat(later.versionNumbered(2).orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2018, 2, 1));
    }

    @Test
    void theRegionMatrixAsRecordedMovesWithTheCorrection() {
        Entry known2017 = haugesundShortCourses(queries.handle(
                new FindResponsibilityMatrixAsRecorded(HELSE_FONNA_HF, MID_JANUARY_2018, V2_RECORDED)));
        Entry known2018 = haugesundShortCourses(queries.handle(
                new FindResponsibilityMatrixAsRecorded(HELSE_FONNA_HF, MID_JANUARY_2018, CORRECTION_RECORDED)));

        assertThat(known2017.parties()).contains(new PartyRef(PartyKind.MUNICIPALITY, LifecycleScenario.HAUGESUND));
        assertThat(known2018.parties()).containsExactly(LifecycleScenario.TRUST);
        assertThat(known2018.citations()).allSatisfy(c -> assertThat(c.version()).isEqualTo(1));
    }

    @Test
    void agreementsRegisteredAfterTheInstantAreNotInTheRegion() {
        assertThat(queries.region(HELSE_FONNA_HF, CORRECTION_RECORDED)).extracting(AgreementView::agreementId)
                .containsExactly(AGREEMENT_ID);
        assertThat(queries.region(HELSE_FONNA_HF, LATE_AGREEMENT_RECORDED)).extracting(AgreementView::agreementId)
                .containsExactlyInAnyOrder(AGREEMENT_ID, "late");
    }

    private static Entry haugesundShortCourses(ResponsibilityMatrix matrix) {
        int column = matrix.columns().stream().map(ResponsibilityMatrix.Column::key).toList().indexOf(SHORT_COURSES_COLUMN);
        assertThat(column).isNotNegative();
        return matrix.rows().stream().filter(r -> r.municipality().equals(LifecycleScenario.HAUGESUND)).findFirst()
                .orElseThrow().entries().get(column);
    }
}
