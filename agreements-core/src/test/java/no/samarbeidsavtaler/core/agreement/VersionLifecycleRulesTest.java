package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.DiscardVersion;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.TerminateAgreement;
import no.samarbeidsavtaler.core.agreement.events.AgreementTerminated;
import no.samarbeidsavtaler.core.agreement.events.ClauseWithdrawn;
import no.samarbeidsavtaler.core.agreement.events.VersionDiscarded;
import no.samarbeidsavtaler.core.agreement.events.VersionEnteredIntoForce;
import no.samarbeidsavtaler.core.agreement.events.VersionSuperseded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening, negotiating, discarding and superseding versions; terminating the agreement. */
class VersionLifecycleRulesTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void newDraftStartsFromTheVersionInForce() {
        fixture.given(version1InForce()).when(new OpenDraftVersion(AGREEMENT))
                .expectEvents(draftOpened(2, 1))
                .expectState(agreement -> {
                    AgreementVersion draft = agreement.version(2).orElseThrow();
                    assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
                    assertThat(draft.clauses()).isEqualTo(agreement.version(1).orElseThrow().clauses());
                });
    }

    @Test
    void onlyOneOpenVersion() {
        fixture.given(version1SignedByAll()).when(new OpenDraftVersion(AGREEMENT))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_ONE_OPEN_VERSION));
    }

    @Test
    void negotiatedVersionHasClauses() {
        fixture.given(history(draftWithDiabetesClause(), new ClauseWithdrawn(AGREEMENT, 1, DIABETES_CLAUSE)))
                .when(new MarkVersionNegotiated(AGREEMENT, 1, NEGOTIATED_ON))
                .expectNoEvents().expectException(violates(AgreementRule.NEGOTIATED_VERSION_HAS_CLAUSES, "version"));
    }

    @Test
    void requiredDateIsGiven() {
        fixture.given(draftWithDiabetesClause()).when(new MarkVersionNegotiated(AGREEMENT, 1, null))
                .expectNoEvents().expectException(violates(AgreementRule.REQUIRED_DATE_IS_GIVEN, "negotiatedOn"));
    }

    @Test
    void discardingAnOpenVersionAllowsANewDraft() {
        fixture.given(history(version2DraftFromVersion1(), new VersionDiscarded(AGREEMENT, 2, "Forhandlingene brøt sammen")))
                .when(new OpenDraftVersion(AGREEMENT))
                .expectEvents(draftOpened(3, 1));
    }

    @Test
    void onlyOpenVersionsCanBeDiscarded() {
        fixture.given(version1InForce()).when(new DiscardVersion(AGREEMENT, 1, "Feil"))
                .expectNoEvents().expectException(violates(AgreementRule.ONLY_OPEN_VERSIONS_CAN_BE_DISCARDED, "version"));
    }

    @Test
    void laterVersionSupersedesTheVersionInForce() {
        fixture.given(history(version2DraftFromVersion1(), negotiated(2), adoptedByAll(2), signedByAll(2)))
                .when(new PutVersionIntoForce(AGREEMENT, 2, IN_FORCE_FROM.plusYears(1)))
                .expectEvents(new VersionSuperseded(AGREEMENT, 1, 2, IN_FORCE_FROM.plusYears(1)),
                        new VersionEnteredIntoForce(AGREEMENT, 2, IN_FORCE_FROM.plusYears(1)))
                .expectState(agreement -> assertThat(List.of(agreement.version(1).orElseThrow().status(),
                        agreement.version(2).orElseThrow().status()))
                        .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.IN_FORCE));
    }

    @Test
    void agreementIsTerminatedWithDateAndReason() {
        fixture.given(version1InForce())
                .when(new TerminateAgreement(AGREEMENT, IN_FORCE_FROM.plusYears(3), "Erstattet av helsefellesskapets avtale"))
                .expectEvents(new AgreementTerminated(AGREEMENT, IN_FORCE_FROM.plusYears(3),
                        "Erstattet av helsefellesskapets avtale"));
    }

    @Test
    void terminationHasDateAndReason() {
        fixture.given(version1InForce()).when(new TerminateAgreement(AGREEMENT, IN_FORCE_FROM.plusYears(3), " "))
                .expectNoEvents().expectException(violates(AgreementRule.TERMINATION_HAS_DATE_AND_REASON, "reason"));
    }

    @Test
    void terminatedAgreementAcceptsNoCommands() {
        fixture.given(history(version1InForce(), new AgreementTerminated(AGREEMENT, IN_FORCE_FROM.plusYears(3), "Sagt opp")))
                .when(new OpenDraftVersion(AGREEMENT))
                .expectNoEvents().expectException(violates(AgreementRule.TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS));
    }

    @Test
    void terminatedAgreementAcceptsNoCorrections() {
        fixture.given(history(version1InForce(), new AgreementTerminated(AGREEMENT, IN_FORCE_FROM.plusYears(3), "Sagt opp")))
                .when(new no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate(AGREEMENT, 1,
                        IN_FORCE_FROM.plusDays(1), "Feil dato"))
                .expectNoEvents().expectException(violates(AgreementRule.TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS));
    }
}
