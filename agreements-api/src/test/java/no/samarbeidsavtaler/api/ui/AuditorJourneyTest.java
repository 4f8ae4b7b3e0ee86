package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * An auditor reads an agreement's timeline (who, when, why), opens the agreement as it was recorded
 * before a correction, picks the version in force on a date, and compares two versions.
 */
@ExtendWith(UiRegistry.class)
class AuditorJourneyTest {

    private static final PartyRef TRUST = PartyRef.healthTrust(new OrganisationNumber("983974694"));
    private static final PartyRef SAUDA = new PartyRef(PartyKind.MUNICIPALITY, "1135");
    static RunningRegistry registry;
    static Browser browser;
    static String agreementId;

    @BeforeAll
    static void anAgreementWithACorrectionAndABrowser() {
        agreementId = "revisjon-" + UUID.randomUUID();
        send(new RegisterAgreement(agreementId, AgreementKind.SPECIAL, null, "Særavtale om friskliv i Sauda", "983974694",
                List.of("1135"), HelseFonna2016.AGREEMENT_ID, List.of(2), List.of()), "Ny særavtale", "2024/55");
        send(new AddClause(agreementId, 1, "s-1", "1", "Frisklivssentral", "Sauda kommune driver frisklivssentralen."), null, null);
        send(new AssignResponsibility(agreementId, 1, "s-1", "s-1-sauda", ResponsibilityTerms.of(
                Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE), SAUDA, ResponsibilityRole.RESPONSIBLE, List.of())), null, null);
        send(new MarkVersionNegotiated(agreementId, 1, LocalDate.of(2024, 1, 10)), null, null);
        for (PartyRef party : List.of(TRUST, SAUDA)) {
            send(new RecordAdoption(agreementId, 1, party, AdoptionForum.SAMHANDLINGSUTVALG, "SU-2024-02",
                    LocalDate.of(2024, 2, 1), List.of()), null, "SU-2024-02");
            send(new RecordSignature(agreementId, 1, party, "Direktør", LocalDate.of(2024, 2, 5)), null, null);
        }
        send(new PutVersionIntoForce(agreementId, 1, LocalDate.of(2024, 3, 1)), null, null);
        Instant beforeCorrection = Instant.now();
        while (!Instant.now().isAfter(beforeCorrection.plusMillis(5))) {
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos()); // the correction must be recorded strictly later
        }
        long version = send(new CorrectEffectiveDate(agreementId, 1, LocalDate.of(2024, 4, 1), "Feil dato i vedtaket"),
                "Feil dato i vedtaket", "2024/99");
        assertThat(registry.bean(RegistryReads.class).agreementAtLeast(agreementId, version)).isPresent();
        browser = Browser.open(registry.baseUrl());
        browser.login("auditor");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTimelineShowsWhoRecordedWhatWhenAndWhy() {
        browser.go("/avtaler/" + agreementId).clickLink("Historikk");
        String timeline = browser.text("table");
        assertThat(timeline).contains("kari (sekretariat)", "Ny særavtale", "2024/55", "Feil dato i vedtaket", "2024/99",
                "Rettelse: ikrafttredelsesdato for versjon 1 endret fra 01.03.2024 til 01.04.2024");
        assertThat(timeline).doesNotContain("la til punkt");
        browser.screenshot("auditor-01-timeline");
        Axe.check(browser, "historikk");

        browser.clickLink("Vis alle registreringer");
        assertThat(browser.text("table")).contains("la til punkt 1");
    }

    @Test
    void asRecordedBeforeTheCorrectionTheOldEffectiveDateShows() {
        browser.go("/avtaler/" + agreementId);
        assertThat(browser.text("main")).contains("i kraft fra 1.4.2024");
        browser.go("/avtaler/" + agreementId + "/historikk");
        browser.toNextPage(browser.driver().findElement(By.xpath("//tr[th[contains(., 'trådte i kraft')]]//a"))::click);
        assertThat(browser.text("main")).contains("Slik avtalen var registrert", "i kraft fra 1.3.2024")
                .doesNotContain("i kraft fra 1.4.2024");
        browser.screenshot("auditor-02-as-recorded");
        Axe.check(browser, "slik registrert");
    }

    @Test
    void theDatePickerChoosesTheVersionInForceAndTheDiffHighlightsResponsibilityChanges() {
        browser.go("/avtaler/" + HelseFonna2016.AGREEMENT_ID);
        browser.date("ikraft", "2018-06-01").submit("Vis");
        assertThat(browser.text("main")).contains("Versjon 1 gjaldt 1.6.2018");
        browser.date("ikraft", "2021-06-01").submit("Vis");
        assertThat(browser.text("main")).contains("Versjon 2 gjaldt 1.6.2021");
        Axe.check(browser, "avtale i kraft per dato");

        browser.clickLink("Sammenlign versjoner");
        String changed = browser.text("table[aria-labelledby=ansvar-endret]");
        assertThat(changed).contains("Haugesund", "Helse Fonna HF: Ansvarlig",
                "Haugesund kommune: Ansvarlig (overtar fra Helse Fonna HF, senest 31.12.2022)");
        assertThat(browser.all("table[aria-labelledby=ansvar-endret] del")).isNotEmpty();
        assertThat(browser.text("main")).contains("Punkt 3 Korte diagnosespesifikke kurs for nydiagnostiserte: endret");
        browser.screenshot("auditor-03-diff");
        Axe.check(browser, "sammenligning");
    }

    @Test
    void theExportButtonsDownloadFromTheApiWithTheBrowserSession() throws Exception {
        browser.go("/matrise?helseforetak=983974694&dato=2021-06-01");
        assertThat(download("Last ned CSV")).contains("text/csv").contains("Haugesund");
        assertThat(download("Last ned Excel (XLSX)")).contains("spreadsheetml");
        browser.go("/avtaler/" + HelseFonna2016.AGREEMENT_ID + "/versjoner/2");
        assertThat(download("Last ned som PDF")).contains("application/pdf");
        browser.go("/avtaler/" + agreementId + "/historikk");
        assertThat(download("Last ned historikken")).contains("AgreementRegistered", "Feil dato i vedtaket");
    }

    /** Follows the link as the browser would (same session cookie); returns the content type and the body. */
    private static String download(String linkText) throws Exception {
        String href = browser.driver().findElement(By.partialLinkText(linkText)).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElse("") + "\n" + response.body();
    }

    private static long send(Object command, String reason, String caseReference) {
        Map<String, Object> meta = new HashMap<>(Map.of(AuditMetaData.ACTOR_ID, "kari", AuditMetaData.ACTOR_ROLE, "secretary"));
        if (reason != null) {
            meta.put(AuditMetaData.REASON, reason);
        }
        if (caseReference != null) {
            meta.put(AuditMetaData.CASE_REFERENCE, caseReference);
        }
        registry.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
        return registry.bean(EventStore.class)
                .lastSequenceNumberFor(agreementId).orElseThrow();
    }
}
