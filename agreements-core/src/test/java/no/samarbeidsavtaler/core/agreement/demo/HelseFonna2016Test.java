package no.samarbeidsavtaler.core.agreement.demo;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import no.samarbeidsavtaler.core.agreement.Agreement;
import no.samarbeidsavtaler.core.agreement.AgreementInspector;
import no.samarbeidsavtaler.core.agreement.AgreementVersion;
import no.samarbeidsavtaler.core.agreement.Assignment;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The Helse Fonna 2016 recommendations, recorded with the real reference data, read back clause by clause. */
class HelseFonna2016Test {

    private static final Cell NEWLY_DIAGNOSED_DIABETES_COURSE = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP)
            .withDiagnosisSpecific(true).withCondition(Condition.icd10("E11", "Diabetes mellitus type 2"))
            .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);

    private void afterRecordingTheRecommendations(Consumer<AgreementVersion> check) {
        FixtureConfiguration<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(CsvPartyCatalogue.fromClasspath());
        List<Object> commands = HelseFonna2016.commands();
        fixture.givenCommands(commands.subList(0, commands.size() - 1))
                .when(commands.get(commands.size() - 1))
                .expectSuccessfulHandlerExecution()
                .expectState(agreement -> check.accept(AgreementInspector.version(agreement, 1)));
    }

    private static List<String> responsibleFor(AgreementVersion version, Cell offering, String municipality) {
        return version.assignments()
                .filter(a -> a.terms().role() == ResponsibilityRole.RESPONSIBLE && a.terms().cell().covers(offering))
                .filter(a -> a.terms().municipalities().isEmpty() || a.terms().municipalities().contains(municipality))
                .map(a -> a.terms().party().id()).distinct().toList();
    }

    @Test
    void recommendationsAreAdoptedBySamhandlingsutvalgetSignedAndInForce() {
        afterRecordingTheRecommendations(version -> {
            assertThat(version.status()).isEqualTo(VersionStatus.IN_FORCE);
            assertThat(version.effectiveFrom()).isEqualTo(IN_FORCE_FROM);
            assertThat(version.adoptions()).hasSize(17);
            assertThat(version.signatures()).hasSize(17);
            assertThat(version.activeClauses().map(c -> c.number())).containsExactly("1", "2", "3", "4", "5", "6", "7");
        });
    }

    @Test
    void helseFonnaRunsShortCoursesForNewlyDiagnosedInEveryMunicipality() {
        afterRecordingTheRecommendations(version -> {
            for (String municipality : MUNICIPALITIES) {
                assertThat(responsibleFor(version, NEWLY_DIAGNOSED_DIABETES_COURSE, municipality))
                        .as("newly-diagnosed diabetes courses in %s", municipality).containsExactly(HELSE_FONNA_HF);
            }
        });
    }

    @Test
    void everyMunicipalityRunsFrisklivForItsOwnInhabitants() {
        afterRecordingTheRecommendations(version -> {
            for (String municipality : MUNICIPALITIES) {
                assertThat(responsibleFor(version, FRISKLIV, municipality)).containsExactly(municipality);
                assertThat(responsibleFor(version, MIXED_GROUPS, municipality)).containsExactly(municipality);
            }
        });
    }

    @Test
    void childrenAndYouthAreASharedResponsibilityLedByHelseFonna() {
        afterRecordingTheRecommendations(version -> {
            List<Assignment> shared = version.clause(clauseId("6")).orElseThrow().assignments();
            assertThat(shared).hasSize(2 * 17).allSatisfy(a -> assertThat(a.terms().sharedLead().id()).isEqualTo(HELSE_FONNA_HF));
            assertThat(responsibleFor(version, CHILDREN_AND_YOUTH, "4614")).containsExactlyInAnyOrder(HELSE_FONNA_HF, "4614");
        });
    }

    @Test
    void userOrganisationsContributeToTheNetwork() {
        afterRecordingTheRecommendations(version -> assertThat(version.clause(clauseId("1")).orElseThrow().assignments())
                .anySatisfy(a -> assertThat(a.terms().party().id()).isEqualTo(USER_ORGANISATIONS)));
    }
}
