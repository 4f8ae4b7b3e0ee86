package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.events.VersionAdopted;
import no.samarbeidsavtaler.core.agreement.events.VersionEnteredIntoForce;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntryIntoForceRulesTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void inForceRequiresAllAdoptedAndSigned() {
        List<Object> allButStordSigned = history(version1AdoptedByAll(), signedBy(1, HELSE_FONNA),
                signedBy(1, HAUGESUND_KOMMUNE), signedBy(1, KARMOY_KOMMUNE));
        fixture.given(allButStordSigned).when(new PutVersionIntoForce(AGREEMENT, 1, IN_FORCE_FROM))
                .expectNoEvents().expectException(violates(AgreementRule.IN_FORCE_REQUIRES_ALL_ADOPTED_AND_SIGNED, "version"));
    }

    @Test
    void adoptionWithDeviationCountsAsAdopted() {
        VersionAdopted karmoyWithDeviation = new VersionAdopted(AGREEMENT, 1, KARMOY_KOMMUNE,
                AdoptionForum.MUNICIPAL_COUNCIL, "16/77", ADOPTED_ON,
                List.of(new Deviation(DIABETES_CLAUSE, "Karmøy driver egne kurs")));
        fixture.given(history(version1NegotiatedWithDiabetesClause(), adoptedBy(1, HELSE_FONNA),
                        adoptedBy(1, HAUGESUND_KOMMUNE), karmoyWithDeviation, adoptedBy(1, STORD_KOMMUNE), signedByAll(1)))
                .when(new PutVersionIntoForce(AGREEMENT, 1, IN_FORCE_FROM))
                .expectEvents(new VersionEnteredIntoForce(AGREEMENT, 1, IN_FORCE_FROM));
    }

    @Test
    void effectiveDateOnOrAfterAdoptions() {
        fixture.given(version1SignedByAll()).when(new PutVersionIntoForce(AGREEMENT, 1, ADOPTED_ON.minusDays(1)))
                .expectNoEvents().expectException(violates(AgreementRule.EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS, "effectiveFrom"));
    }

    @Test
    void effectiveDateMayBeTheDayOfTheLastAdoption() {
        fixture.given(version1SignedByAll()).when(new PutVersionIntoForce(AGREEMENT, 1, ADOPTED_ON))
                .expectEvents(new VersionEnteredIntoForce(AGREEMENT, 1, ADOPTED_ON));
    }

    @Test
    void effectiveDatesFollowVersionOrder() {
        List<Object> version2AdoptedEarly = history(version2DraftFromVersion1(), negotiated(2),
                ALL_PARTIES.stream().<Object>map(p -> new VersionAdopted(AGREEMENT, 2, p, AdoptionForum.SAMHANDLINGSUTVALG,
                        "16/9", ADOPTED_ON.minusMonths(6), List.of())).toList(), signedByAll(2));
        fixture.given(version2AdoptedEarly).when(new PutVersionIntoForce(AGREEMENT, 2, IN_FORCE_FROM.minusDays(1)))
                .expectNoEvents().expectException(violates(AgreementRule.EFFECTIVE_DATES_FOLLOW_VERSION_ORDER, "effectiveFrom"));
    }

    @Test
    void versionInForceCannotEnterIntoForceAgain() {
        fixture.given(version1InForce()).when(new PutVersionIntoForce(AGREEMENT, 1, IN_FORCE_FROM.plusDays(1)))
                .expectNoEvents().expectException(violates(AgreementRule.VERSION_IS_OPEN_FOR_ADOPTION, "version"));
    }
}
