package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A secretary of Helse Fonna records an agreement from registration to entry into force in the browser:
 * rule violations appear next to the field they are about, and a change someone else made meanwhile is
 * shown with a way to reload, never silently overwritten.
 */
@ExtendWith(UiRegistry.class)
class SecretaryJourneyTest {

    private static final List<String> PARTIES = List.of("HEALTH_TRUST:983974694", "MUNICIPALITY:1106", "MUNICIPALITY:1149");
    static RunningRegistry registry;
    private Browser browser;

    @BeforeEach
    void logIn() {
        browser = Browser.open(registry.baseUrl());
        browser.login("secretary");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        browser.go("/avtaler");
        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Hopp til hovedinnhold");
        browser.screenshot("secretary-00-skip-link");
        focused.sendKeys(Keys.ENTER); // an in-page link: same document, no navigation to wait for
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("hovedinnhold");
    }

    @Test
    void theLoginPageSaysWhatWentWrongAndTiesItToTheFields() {
        browser.submit("Logg ut");
        assertThat(browser.text("[role=status]")).contains("Du er logget ut");
        browser.type("username", "secretary").type("password", "feil").submit("Logg inn");
        assertThat(browser.text("#innlogging-feil")).contains("Brukernavnet eller passordet er feil");
        assertThat(browser.find("#password").getAttribute("aria-describedby")).isEqualTo("innlogging-feil");
        browser.screenshot("login-failed");
        Axe.check(browser, "innlogging feilet");
    }

    @Test
    void registersDraftsAdoptsSignsAndPutsAnAgreementIntoForce() {
        String agreementId = register();
        String version = "/avtaler/" + agreementId + "/versjoner/1";
        addClauses(version);
        String clause = assignResponsibility(version);
        concurrentEditIsShownNotLost(agreementId, version);

        browser.go(version).clickLink("Marker som forhandlet");
        browser.date("date", "2025-01-10").submit("Marker som forhandlet");
        assertThat(browser.text("h1")).contains("Forhandlet");

        adoptAndSign(version, clause);
        browser.clickLink("Sett i kraft");
        browser.date("date", "2025-03-01").submit("Sett i kraft");
        assertThat(browser.text("h1")).contains("I kraft");
        assertThat(browser.text("main")).contains("I kraft fra 1.3.2025", "Punkt 2: Karmøy deltar ikke");
        browser.screenshot("secretary-09-in-force");
        Axe.check(browser, "versjon i kraft");

        browser.go("/avtaler").type("q", "pasientopplæring").submit("Finn avtaler");
        browser.clickLink("Delavtale om pasientopplæring i Haugesund og Karmøy");
        browser.submit("Åpne nytt utkast");
        assertThat(browser.path()).isEqualTo("/avtaler/" + agreementId + "/versjoner/2");
        assertThat(browser.text("main")).contains("Versjon 2 er åpnet som utkast", "Bygger på versjon 1",
                "Punkt 1 Kurs for nydiagnostiserte");
        browser.screenshot("secretary-10-new-draft");
    }

    private String register() {
        browser.go("/avtaler").clickLink("Registrer ny avtale");
        for (WebElement box : browser.all("input[name=municipalities]")) {
            if (!List.of("1106", "1149").contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        browser.find("input[name=statutoryPoints][value='2']").click();
        browser.type("designation", "11").submit("Registrer avtale");
        // No title: the rule's title and detail next to the field, in the summary, and tied to the input.
        assertThat(browser.text("#title-feil")).contains("Avtalen må ha en tittel", "Tittel mangler");
        assertThat(browser.find("#title").getAttribute("aria-describedby")).contains("title-feil");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(browser.all("input[name=municipalities]:checked")).hasSize(2);
        browser.screenshot("secretary-01-register-error");
        Axe.check(browser, "registrering med feil");

        browser.type("title", "Delavtale om pasientopplæring i Haugesund og Karmøy").submit("Registrer avtale");
        assertThat(browser.path()).matches("/avtaler/[0-9a-f-]{36}/versjoner/1");
        assertThat(browser.text("[role=status]")).contains("Avtalen er registrert");
        return browser.path().split("/")[2];
    }

    private void addClauses(String version) {
        browser.clickLink("Legg til punkt");
        browser.type("number", "1").type("title", "Kurs for nydiagnostiserte")
                .type("text", "Helse Fonna driver korte kurs for nydiagnostiserte med diabetes type 2.").submit("Legg til punkt");
        browser.clickLink("Legg til punkt");
        browser.type("number", "1").type("title", "Oppfølging").type("text", "Kommunene følger opp over tid.")
                .submit("Legg til punkt");
        assertThat(browser.text("#number-feil")).contains("Punktnummeret er allerede brukt i versjonen");
        assertThat(browser.find("#text").getAttribute("value")).isEqualTo("Kommunene følger opp over tid.");
        browser.screenshot("secretary-02-clause-number-taken");
        Axe.check(browser, "punkt med feil");
        browser.type("number", "2").submit("Legg til punkt");
        assertThat(browser.path()).startsWith(version);
        assertThat(browser.text("main")).contains("Punkt 1 Kurs for nydiagnostiserte", "Punkt 2 Oppfølging");
    }

    private String assignResponsibility(String version) {
        browser.clickLink("Legg til ansvar");
        browser.select("category", "DIAGNOSIS_SPECIFIC_GROUP").select("diagnosisSpecific", "ja").type("code", "E11")
                .select("pathwayPhase", "NEWLY_DIAGNOSED").select("party", "HEALTH_TRUST:983974694")
                .date("transitionEndsOn", "2027-01-01").submit("Legg til ansvar");
        assertThat(browser.text("#transitionEndsOn-feil")).contains("Sluttdato for overgang gjelder bare ansvar som flyttes");
        assertThat(browser.find("#code").getAttribute("value")).isEqualTo("E11");
        browser.screenshot("secretary-03-assignment-rule-violation");
        Axe.check(browser, "ansvar med regelbrudd");

        browser.date("transitionEndsOn", "").submit("Legg til ansvar");
        assertThat(browser.text("main")).contains("Kategori 2: diagnosespesifikke gruppetilbud · E11 Diabetes mellitus type 2");
        browser.screenshot("secretary-04-draft-with-assignment");
        Axe.check(browser, "utkast");
        return browser.find("section.clause:nth-of-type(2)").getAttribute("id").substring("punkt-".length());
    }

    private void concurrentEditIsShownNotLost(String agreementId, String version) {
        WebElement second = browser.all("section.clause").get(1);
        String clauseId = second.getAttribute("id").substring("punkt-".length());
        browser.go(version + "/punkter/" + clauseId);
        registry.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(new AmendClause(agreementId, 1,
                clauseId, "2", "Oppfølging over tid", "Kommunene følger opp over tid, også i helgene."))
                .andMetaData(Map.of(AuditMetaData.ACTOR_ID, "kollega", AuditMetaData.ACTOR_ROLE, "secretary",
                        AuditMetaData.REASON, "Rettet tittel")));

        browser.type("text", "Kommunene følger opp over tid, i samarbeid med FFO.").submit("Lagre punkt");
        String banner = browser.text(".notice.conflict");
        assertThat(banner).contains("Avtalen er endret av noen andre", "Endringen din er ikke lagret", "kollega");
        assertThat(browser.find("#text").getAttribute("value")).isEqualTo("Kommunene følger opp over tid, i samarbeid med FFO.");
        assertThat(browser.driver().findElement(By.partialLinkText("Last inn siden på nytt")).getAttribute("href"))
                .endsWith(version + "/punkter/" + clauseId);
        browser.screenshot("secretary-05-concurrent-edit");
        Axe.check(browser, "samtidig endring");

        browser.submit("Lagre punkt");
        assertThat(browser.text("#punkt-" + clauseId)).contains("i samarbeid med FFO");
    }

    private void adoptAndSign(String version, String clause) {
        browser.clickLink("Registrer vedtak");
        browser.select("party", PARTIES.get(0)).select("forum", "TRUST_BOARD").date("date", "2025-02-01").submit("Registrer vedtak");
        assertThat(browser.text("#caseNumber-feil")).contains("Et vedtak må ha organ, saksnummer og vedtaksdato");
        browser.screenshot("secretary-06-adoption-error");
        Axe.check(browser, "vedtak med feil");
        browser.type("caseNumber", "2025/17").submit("Registrer vedtak");
        for (String party : PARTIES.subList(1, 3)) {
            browser.clickLink("Registrer vedtak");
            browser.select("party", party).select("forum", "MUNICIPAL_COUNCIL").type("caseNumber", "25/" + party.substring(13))
                    .date("date", "2025-02-10");
            if (party.endsWith("1149")) {
                browser.select("deviationClauseSelect", clause).type("deviationText", "Karmøy deltar ikke i helgetilbudet.");
            }
            browser.submit("Registrer vedtak");
        }
        browser.screenshot("secretary-07-adopted");
        for (String party : PARTIES) {
            browser.clickLink("Registrer signatur");
            browser.select("party", party).type("signatory", "Direktør").date("date", "2025-02-20").submit("Registrer signatur");
        }
        assertThat(browser.path()).startsWith(version);
        assertThat(browser.all("a")).anySatisfy(a -> assertThat(a.getText()).isEqualTo("Sett i kraft"));
        browser.screenshot("secretary-08-signed");
    }
}
