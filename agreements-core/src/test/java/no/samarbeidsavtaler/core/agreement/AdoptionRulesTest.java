package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.agreement.events.VersionAdopted;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each party adopts (vedtak) and then signs; partial adoption is visible. */
class AdoptionRulesTest {

    private static final Deviation KARMOY_DEVIATION = new Deviation(DIABETES_CLAUSE,
            "Karmøy gir kursene i eget lærings- og mestringssenter");

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static RecordAdoption adoption(PartyRef party, List<Deviation> deviations) {
        return new RecordAdoption(AGREEMENT, 1, party, AdoptionForum.MUNICIPAL_COUNCIL, "16/123", ADOPTED_ON, deviations);
    }

    private static RecordSignature signature(PartyRef party) {
        return new RecordSignature(AGREEMENT, 1, party, "Rådmann", SIGNED_ON);
    }

    @Test
    void partialAdoptionIsVisible() {
        fixture.given(version1NegotiatedWithDiabetesClause()).when(adoption(KARMOY_KOMMUNE, List.of(KARMOY_DEVIATION)))
                .expectEvents(new VersionAdopted(AGREEMENT, 1, KARMOY_KOMMUNE, AdoptionForum.MUNICIPAL_COUNCIL, "16/123",
                        ADOPTED_ON, List.of(KARMOY_DEVIATION)))
                .expectState(agreement -> assertThat(agreement.version(1).orElseThrow().adoptions()).containsOnlyKeys(KARMOY));
    }

    @Test
    void versionIsOpenForAdoption() {
        fixture.given(draftWithDiabetesClause()).when(adoption(HAUGESUND_KOMMUNE, List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.VERSION_IS_OPEN_FOR_ADOPTION, "version"));
    }

    @Test
    void partyBelongsToAgreement() {
        fixture.given(version1NegotiatedWithDiabetesClause())
                .when(adoption(new PartyRef(PartyKind.MUNICIPALITY, "4601"), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.PARTY_BELONGS_TO_AGREEMENT, "party"));
    }

    @Test
    void partyAdoptsOnce() {
        fixture.given(history(version1NegotiatedWithDiabetesClause(), adoptedBy(1, HAUGESUND_KOMMUNE)))
                .when(adoption(HAUGESUND_KOMMUNE, List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.PARTY_ADOPTS_ONCE, "party"));
    }

    @Test
    void adoptionHasForumCaseAndDate() {
        fixture.given(version1NegotiatedWithDiabetesClause())
                .when(new RecordAdoption(AGREEMENT, 1, HAUGESUND_KOMMUNE, AdoptionForum.MUNICIPAL_COUNCIL, "", ADOPTED_ON,
                        List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "caseNumber"));
    }

    @Test
    void deviationIsRecordedByAMunicipality() {
        fixture.given(version1NegotiatedWithDiabetesClause()).when(adoption(HELSE_FONNA, List.of(KARMOY_DEVIATION)))
                .expectNoEvents().expectException(violates(AgreementRule.DEVIATION_IS_RECORDED_BY_A_MUNICIPALITY));
    }

    @Test
    void deviationNamesAClauseOfTheVersion() {
        fixture.given(version1NegotiatedWithDiabetesClause())
                .when(adoption(KARMOY_KOMMUNE, List.of(KARMOY_DEVIATION, new Deviation("clause-99", "Avvik"))))
                .expectNoEvents().expectException(violates(AgreementRule.DEVIATION_NAMES_A_CLAUSE_OF_THE_VERSION, "deviations[1]"));
    }

    @Test
    void signatureRequiresAdoption() {
        fixture.given(version1NegotiatedWithDiabetesClause()).when(signature(HAUGESUND_KOMMUNE))
                .expectNoEvents().expectException(violates(AgreementRule.SIGNATURE_REQUIRES_ADOPTION, "signedOn"));
    }

    @Test
    void signatureIsNotDatedBeforeTheAdoption() {
        fixture.given(history(version1NegotiatedWithDiabetesClause(), adoptedBy(1, HAUGESUND_KOMMUNE)))
                .when(new RecordSignature(AGREEMENT, 1, HAUGESUND_KOMMUNE, "Rådmann", ADOPTED_ON.minusDays(1)))
                .expectNoEvents().expectException(violates(AgreementRule.SIGNATURE_REQUIRES_ADOPTION, "signedOn"));
    }

    @Test
    void partySignsOnce() {
        fixture.given(version1SignedByAll()).when(signature(HAUGESUND_KOMMUNE))
                .expectNoEvents().expectException(violates(AgreementRule.PARTY_SIGNS_ONCE, "party"));
    }

    @Test
    void signatureHasSignatoryAndDate() {
        fixture.given(version1AdoptedByAll()).when(new RecordSignature(AGREEMENT, 1, HAUGESUND_KOMMUNE, null, SIGNED_ON))
                .expectNoEvents().expectException(violates(AgreementRule.SIGNATURE_HAS_SIGNATORY_AND_DATE, "signatory"));
    }
}
