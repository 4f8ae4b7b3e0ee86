package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeidsavtaler.core.agreement.commands.CorrectAdoption;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.core.agreement.commands.CorrectSignature;
import no.samarbeidsavtaler.core.agreement.events.AdoptionCorrected;
import no.samarbeidsavtaler.core.agreement.events.EffectiveDateCorrected;
import no.samarbeidsavtaler.core.agreement.events.SignatureCorrected;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wrongly recorded facts are corrected by explicit events with a reason, never edited. */
class CorrectionRulesTest {

    private static final String REASON = "Feil i protokollen";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void adoptionIsCorrectedWithAReason() {
        fixture.given(version1InForce())
                .when(new CorrectAdoption(AGREEMENT, 1, STORD_KOMMUNE, "16/999", ADOPTED_ON.minusDays(3), REASON))
                .expectEvents(new AdoptionCorrected(AGREEMENT, 1, STORD_KOMMUNE, "16/999", ADOPTED_ON.minusDays(3), REASON))
                .expectState(agreement -> assertThat(agreement.version(1).orElseThrow().adoptions().get(STORD).caseNumber())
                        .isEqualTo("16/999"));
    }

    @Test
    void correctionHasAReason() {
        fixture.given(version1InForce())
                .when(new CorrectSignature(AGREEMENT, 1, STORD_KOMMUNE, "Ordfører", SIGNED_ON, ""))
                .expectNoEvents().expectException(violates(AgreementRule.CORRECTION_HAS_A_REASON, "reason"));
    }

    @Test
    void correctedFactExists() {
        fixture.given(version1NegotiatedWithDiabetesClause())
                .when(new CorrectAdoption(AGREEMENT, 1, STORD_KOMMUNE, "16/999", ADOPTED_ON, REASON))
                .expectNoEvents().expectException(violates(AgreementRule.CORRECTED_FACT_EXISTS, "party"));
    }

    @Test
    void correctedAdoptionDateMayNotFollowTheSignature() {
        fixture.given(version1InForce())
                .when(new CorrectAdoption(AGREEMENT, 1, STORD_KOMMUNE, "16/1", SIGNED_ON.plusDays(1), REASON))
                .expectNoEvents().expectException(violates(AgreementRule.SIGNATURE_REQUIRES_ADOPTION, "decidedOn"));
    }

    @Test
    void signatureIsCorrected() {
        fixture.given(version1InForce())
                .when(new CorrectSignature(AGREEMENT, 1, STORD_KOMMUNE, "Ordfører", SIGNED_ON.plusDays(2), REASON))
                .expectEvents(new SignatureCorrected(AGREEMENT, 1, STORD_KOMMUNE, "Ordfører", SIGNED_ON.plusDays(2), REASON));
    }

    @Test
    void correctingTheEffectiveDateMovesTheEndOfThePreviousVersion() {
        fixture.given(version2InForce())
                .when(new CorrectEffectiveDate(AGREEMENT, 2, IN_FORCE_FROM.plusYears(1).plusMonths(1), REASON))
                .expectEvents(new EffectiveDateCorrected(AGREEMENT, 2, IN_FORCE_FROM.plusYears(1).plusMonths(1), REASON))
                .expectState(agreement -> assertThat(agreement.version(1).orElseThrow().supersededOn())
                        .isEqualTo(IN_FORCE_FROM.plusYears(1).plusMonths(1)));
    }

    @Test
    void correctedEffectiveDateKeepsVersionOrder() {
        fixture.given(version2InForce())
                .when(new CorrectEffectiveDate(AGREEMENT, 1, IN_FORCE_FROM.plusYears(2), REASON))
                .expectNoEvents().expectException(violates(AgreementRule.EFFECTIVE_DATES_FOLLOW_VERSION_ORDER, "effectiveFrom"));
    }

    @Test
    void correctedEffectiveDateStaysOnOrAfterAdoptions() {
        fixture.given(version1InForce())
                .when(new CorrectEffectiveDate(AGREEMENT, 1, ADOPTED_ON.minusDays(1), REASON))
                .expectNoEvents().expectException(violates(AgreementRule.EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS, "effectiveFrom"));
    }
}
