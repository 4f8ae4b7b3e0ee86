package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static no.samarbeidsavtaler.core.agreement.RuleMatchers.violates;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.core.party.PartyRule;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static RegisterAgreement helseFonnaSubAgreement() {
        return new RegisterAgreement(AGREEMENT, AgreementKind.SUB_AGREEMENT, "2", "Læring og mestring",
                HELSE_FONNA_ORGNR, List.of(HAUGESUND, KARMOY, STORD), null, List.of(2), List.of("diabetesforbundet"));
    }

    private static RegisterAgreement with(AgreementKind kind, String designation, String parent) {
        RegisterAgreement c = helseFonnaSubAgreement();
        return new RegisterAgreement(c.agreementId(), kind, designation, c.title(), c.healthTrust(), c.municipalities(),
                parent, c.statutoryPoints(), c.contributors());
    }

    private static RegisterAgreement withMunicipalities(List<String> municipalities) {
        RegisterAgreement c = helseFonnaSubAgreement();
        return new RegisterAgreement(c.agreementId(), c.kind(), c.designation(), c.title(), c.healthTrust(),
                municipalities, c.parentAgreementId(), c.statutoryPoints(), c.contributors());
    }

    @Test
    void registeringAnAgreementOpensDraftVersionOne() {
        fixture.givenNoPriorActivity().when(helseFonnaSubAgreement())
                .expectEvents(helseFonnaAgreementRegistered(), draftOpened(1, null));
    }

    @Test
    void agreementHasATitle() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", " ", c.healthTrust(),
                        c.municipalities(), null, List.of(), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.AGREEMENT_HAS_A_TITLE, "title"));
    }

    @Test
    void agreementHasAKind() {
        fixture.givenNoPriorActivity().when(with(null, "2", null))
                .expectNoEvents().expectException(violates(AgreementRule.AGREEMENT_HAS_A_KIND, "kind"));
    }

    @Test
    void agreementHasMunicipalities() {
        fixture.givenNoPriorActivity().when(withMunicipalities(List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.AGREEMENT_HAS_MUNICIPALITIES, "municipalities"));
    }

    @Test
    void municipalityIsListedOnce() {
        fixture.givenNoPriorActivity().when(withMunicipalities(List.of(HAUGESUND, KARMOY, HAUGESUND)))
                .expectNoEvents()
                .expectException(violates(AgreementRule.MUNICIPALITY_IS_LISTED_ONCE, "municipalities[2]"));
    }

    @Test
    void unknownMunicipalityIsRefused() {
        fixture.givenNoPriorActivity().when(withMunicipalities(List.of(HAUGESUND, "0301")))
                .expectNoEvents().expectException(violates(PartyRule.MUNICIPALITY_IS_KNOWN, "municipalities[1]"));
    }

    @Test
    void malformedMunicipalityNumberNamesItsField() {
        fixture.givenNoPriorActivity().when(withMunicipalities(List.of(HAUGESUND, "110")))
                .expectNoEvents().expectException(violates(PartyRule.MUNICIPALITY_NUMBER_IS_VALID, "municipalities[1]"));
    }

    @Test
    void unknownHealthTrustIsRefused() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", c.title(), "993467049",
                        c.municipalities(), null, List.of(), List.of()))
                .expectNoEvents().expectException(violates(PartyRule.HEALTH_TRUST_IS_KNOWN, "healthTrust"));
    }

    @Test
    void unknownUserOrganisationIsRefused() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", c.title(), c.healthTrust(),
                        c.municipalities(), null, List.of(), List.of("ffo", "ukjent-forening")))
                .expectNoEvents().expectException(violates(PartyRule.USER_ORGANISATION_IS_KNOWN, "contributors[1]"));
    }

    @Test
    void statutoryPointsAre1To13() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", c.title(), c.healthTrust(),
                        c.municipalities(), null, List.of(2, 14), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.STATUTORY_POINTS_ARE_1_TO_13, "statutoryPoints[1]"));
    }

    @Test
    void statutoryPointIsListedOnce() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", c.title(), c.healthTrust(),
                        c.municipalities(), null, List.of(2, 10, 2), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.STATUTORY_POINTS_ARE_1_TO_13, "statutoryPoints[2]"));
    }

    @Test
    void agreementTitleIsShort() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement(AGREEMENT, c.kind(), "2", "x".repeat(301), c.healthTrust(),
                        c.municipalities(), null, c.statutoryPoints(), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.AGREEMENT_TITLE_IS_SHORT, "title"));
    }

    @Test
    void identifierIsValid() {
        RegisterAgreement c = helseFonnaSubAgreement();
        fixture.givenNoPriorActivity().when(new RegisterAgreement("helse fonna/lms", c.kind(), "2", c.title(),
                        c.healthTrust(), c.municipalities(), null, List.of(), List.of()))
                .expectNoEvents().expectException(violates(AgreementRule.IDENTIFIER_IS_VALID, "agreementId"));
    }

    @Test
    void subAgreementHasADesignation() {
        fixture.givenNoPriorActivity().when(with(AgreementKind.SUB_AGREEMENT, "", null))
                .expectNoEvents().expectException(violates(AgreementRule.SUB_AGREEMENT_HAS_A_DESIGNATION, "designation"));
    }

    @Test
    void specialAgreementHasAParent() {
        fixture.givenNoPriorActivity().when(with(AgreementKind.SPECIAL, null, null))
                .expectNoEvents().expectException(violates(AgreementRule.SPECIAL_AGREEMENT_HAS_A_PARENT, "parentAgreementId"));
    }

    @Test
    void specialAgreementRecordsItsParent() {
        fixture.givenNoPriorActivity().when(with(AgreementKind.SPECIAL, null, "helse-fonna-overordnet"))
                .expectEvents(new AgreementRegistered(AGREEMENT, AgreementKind.SPECIAL, null, "Læring og mestring",
                        HELSE_FONNA_ORGNR, List.of(HAUGESUND, KARMOY, STORD), "helse-fonna-overordnet", List.of(2),
                        List.of("diabetesforbundet")), draftOpened(1, null));
    }

    @Test
    void overallAgreementHasNoParent() {
        fixture.givenNoPriorActivity().when(with(AgreementKind.OVERALL, null, "annen-avtale"))
                .expectNoEvents().expectException(violates(AgreementRule.OVERALL_AGREEMENT_HAS_NO_PARENT, "parentAgreementId"));
    }
}
