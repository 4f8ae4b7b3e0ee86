package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.agreement.commands.AgreeReviewDate;
import no.samarbeidsavtaler.core.agreement.events.AgreementTerminated;
import no.samarbeidsavtaler.core.agreement.events.ReviewDateAgreed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agreed review date (revisjonsdato): required, re-agreeable (latest wins), not on a terminated agreement. */
class ReviewDateRulesTest {

    private static final LocalDate REVIEW_DUE_ON = LocalDate.of(2020, 9, 30);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void reviewDateIsAgreedForAnAgreementInForce() {
        fixture.given(version1InForce()).when(new AgreeReviewDate(AGREEMENT, REVIEW_DUE_ON))
                .expectEvents(new ReviewDateAgreed(AGREEMENT, REVIEW_DUE_ON))
                .expectState(agreement -> assertThat(agreement.reviewDueOn).isEqualTo(REVIEW_DUE_ON));
    }

    @Test
    void reviewDateIsGiven() {
        fixture.given(version1InForce()).when(new AgreeReviewDate(AGREEMENT, null))
                .expectNoEvents().expectException(violates(AgreementRule.REVIEW_DATE_IS_GIVEN, "reviewDueOn"));
    }

    @Test
    void reviewDateMayBeReAgreedAndTheLatestWins() {
        LocalDate earlier = REVIEW_DUE_ON.plusYears(2);
        fixture.given(history(version1InForce(), new ReviewDateAgreed(AGREEMENT, earlier)))
                .when(new AgreeReviewDate(AGREEMENT, REVIEW_DUE_ON))
                .expectEvents(new ReviewDateAgreed(AGREEMENT, REVIEW_DUE_ON))
                .expectState(agreement -> assertThat(agreement.reviewDueOn).isEqualTo(REVIEW_DUE_ON));
    }

    @Test
    void terminatedAgreementAcceptsNoReviewDate() {
        fixture.given(history(version1InForce(), new AgreementTerminated(AGREEMENT, IN_FORCE_FROM.plusYears(3), "Sagt opp")))
                .when(new AgreeReviewDate(AGREEMENT, REVIEW_DUE_ON))
                .expectNoEvents().expectException(violates(AgreementRule.TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS));
    }
}
