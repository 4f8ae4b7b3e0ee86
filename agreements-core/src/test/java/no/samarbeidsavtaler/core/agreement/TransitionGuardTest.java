package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.ConfirmOfferingEstablished;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.events.OfferingEstablishmentConfirmed;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityAmended;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityAssigned;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityWithdrawn;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Helse Fonna 2016: established specialist offerings are not closed before good municipal offerings
 * exist. Version 2 moves newly-diagnosed diabetes courses for Haugesund from Helse Fonna to Haugesund.
 */
class TransitionGuardTest {

    private static final String HAUGESUND_COURSES = "assignment-3-1106";
    private static final LocalDate TRANSITION_ENDS = LocalDate.of(2018, 6, 30);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static ResponsibilityTerms haugesundTakesOverDiabetesCourses() {
        return ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES, HAUGESUND_KOMMUNE, ResponsibilityRole.RESPONSIBLE,
                List.of(HAUGESUND)).withTransitionEndsOn(TRANSITION_ENDS);
    }

    /** Version 2: Helse Fonna keeps Karmøy and Stord; Haugesund takes over its own courses. */
    private static List<Object> version2MovesHaugesundToTheMunicipality() {
        ResponsibilityTerms trustKeepsOthers = ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES, HELSE_FONNA,
                ResponsibilityRole.RESPONSIBLE, List.of(KARMOY, STORD));
        return history(version2DraftFromVersion1(),
                new ResponsibilityAmended(AGREEMENT, 2, DIABETES_CLAUSE, HELSE_FONNA_DIABETES_COURSES, trustKeepsOthers, null));
    }

    @Test
    void movingATrustOfferingToAMunicipalityStartsATransition() {
        fixture.given(version2MovesHaugesundToTheMunicipality())
                .when(new AssignResponsibility(AGREEMENT, 2, DIABETES_CLAUSE, HAUGESUND_COURSES,
                        haugesundTakesOverDiabetesCourses()))
                .expectEvents(new ResponsibilityAssigned(AGREEMENT, 2, DIABETES_CLAUSE, HAUGESUND_COURSES,
                        haugesundTakesOverDiabetesCourses(), HELSE_FONNA_ORGNR))
                .expectState(agreement -> assertThat(agreement.version(2).orElseThrow().clause(DIABETES_CLAUSE)
                        .orElseThrow().assignment(HAUGESUND_COURSES).orElseThrow().inTransition()).isTrue());
    }

    @Test
    void trustOfferingKeptUntilMunicipalOfferingEstablished() {
        List<Object> version2DropsHaugesund = version2MovesHaugesundToTheMunicipality();
        fixture.given(version2DropsHaugesund).when(new MarkVersionNegotiated(AGREEMENT, 2, NEGOTIATED_ON.plusYears(1)))
                .expectNoEvents()
                .expectException(violates(AgreementRule.TRUST_OFFERING_KEPT_UNTIL_MUNICIPAL_OFFERING_ESTABLISHED, "version"));
    }

    @Test
    void trustOfferingCannotSimplyBeWithdrawn() {
        fixture.given(history(version2DraftFromVersion1(),
                        new ResponsibilityWithdrawn(AGREEMENT, 2, DIABETES_CLAUSE, HELSE_FONNA_DIABETES_COURSES)))
                .when(new MarkVersionNegotiated(AGREEMENT, 2, NEGOTIATED_ON.plusYears(1)))
                .expectNoEvents()
                .expectException(violates(AgreementRule.TRUST_OFFERING_KEPT_UNTIL_MUNICIPAL_OFFERING_ESTABLISHED));
    }

    private List<Object> version2InForceWithHaugesundInTransition() {
        return history(version2MovesHaugesundToTheMunicipality(),
                new ResponsibilityAssigned(AGREEMENT, 2, DIABETES_CLAUSE, HAUGESUND_COURSES,
                        haugesundTakesOverDiabetesCourses(), HELSE_FONNA_ORGNR),
                negotiated(2), adoptedByAll(2), signedByAll(2),
                new no.samarbeidsavtaler.core.agreement.events.VersionSuperseded(AGREEMENT, 1, 2, IN_FORCE_FROM.plusYears(1)),
                enteredIntoForce(2));
    }

    @Test
    void confirmingTheMunicipalOfferingEndsTheTransition() {
        LocalDate established = LocalDate.of(2018, 1, 15);
        fixture.given(version2InForceWithHaugesundInTransition())
                .when(new ConfirmOfferingEstablished(AGREEMENT, 2, DIABETES_CLAUSE, HAUGESUND_COURSES, established))
                .expectEvents(new OfferingEstablishmentConfirmed(AGREEMENT, 2, DIABETES_CLAUSE, HAUGESUND_COURSES, established))
                .expectState(agreement -> assertThat(agreement.version(2).orElseThrow().clause(DIABETES_CLAUSE)
                        .orElseThrow().assignment(HAUGESUND_COURSES).orElseThrow().inTransition()).isFalse());
    }

    @Test
    void unfinishedTransitionCarriesIntoTheNextDraft() {
        fixture.given(version2InForceWithHaugesundInTransition()).when(new OpenDraftVersion(AGREEMENT))
                .expectEvents(draftOpened(3, 2))
                .expectState(agreement -> assertThat(agreement.version(3).orElseThrow().clause(DIABETES_CLAUSE)
                        .orElseThrow().assignment(HAUGESUND_COURSES).orElseThrow().transitionFrom())
                        .isEqualTo(HELSE_FONNA_ORGNR));
    }

    @Test
    void confirmationRequiresTransitionInForce() {
        fixture.given(version1InForce())
                .when(new ConfirmOfferingEstablished(AGREEMENT, 1, DIABETES_CLAUSE, HELSE_FONNA_DIABETES_COURSES,
                        LocalDate.of(2017, 1, 1)))
                .expectNoEvents()
                .expectException(violates(AgreementRule.CONFIRMATION_REQUIRES_TRANSITION_IN_FORCE, "assignmentId"));
    }
}
