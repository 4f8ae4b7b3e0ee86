package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samarbeidsavtaler.api.RunningRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A manager asks who is responsible, reads the region's matrix and drills down, and reads the region report. */
@ExtendWith(UiRegistry.class)
class ManagerJourneyTest {

    private static final Logger log = LoggerFactory.getLogger(ManagerJourneyTest.class);
    private static final String HELSE_FONNA = "983974694";
    static RunningRegistry registry;
    static Browser browser;

    @BeforeAll
    static void logIn() {
        browser = Browser.open(registry.baseUrl());
        browser.login("manager");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aQuestionInWordsBecomesEditableFiltersAndAnAnswerCitingTheClause() {
        browser.go("/");
        browser.type("sporsmal", "hvem har ansvaret for nydiagnostiserte med diabetes i Helse Fonna?").submit("Spør");

        assertThat(browser.find("#fase").getAttribute("value")).isEqualTo("NEWLY_DIAGNOSED");
        assertThat(browser.find("#kode").getAttribute("value")).isEqualTo("E11");
        assertThat(browser.find("#kategori").getAttribute("value")).isEqualTo("DIAGNOSIS_SPECIFIC_GROUP");
        assertThat(browser.find("#helseforetak").getAttribute("value")).isEqualTo(HELSE_FONNA);
        assertThat(browser.text("main")).contains("«diabetes» tolket som E11");
        String answer = browser.text("[aria-labelledby=svar-tittel]");
        assertThat(answer).contains("i 16 kommuner", "Kommunen selv har ansvaret",
                "Helse Fonna HF har ansvaret til kommunen har etablert sitt tilbud",
                "punkt 3 Korte diagnosespesifikke kurs for nydiagnostiserte", "SU-2020-06",
                "Etne vedtok avtalen med avvik fra punkt 3");
        browser.screenshot("manager-01-question");
        Axe.check(browser, "spørsmål");

        browser.type("kommune", "1106").submit("Spør med disse filtrene");
        assertThat(browser.text("[aria-labelledby=svar-tittel]")).contains("i 1 kommuner", "Haugesund");
        assertThat(browser.find("#kommune").getAttribute("value")).isEqualTo("1106");
    }

    @Test
    void theRegionMatrixIsAHeatMapWithTextAndDrillsDownToTheClause() throws Exception {
        browser.go("/matrise?helseforetak=" + HELSE_FONNA);
        assertThat(browser.all("table.heatmap tbody tr")).hasSize(16);
        browser.screenshot("manager-02-matrix");
        // textContent, not getText(): cells scrolled out of the table's scroll box count as hidden to Selenium.
        assertThat(browser.find("table.heatmap").getAttribute("textContent")).contains("Kommune", "Overgang", "Delt", "Mangler");
        assertThat(browser.all("table.heatmap td.GAP")).isNotEmpty().allSatisfy(td ->
                assertThat(td.getAttribute("textContent")).startsWith("Mangler").contains("Ingen ansvarlig"));
        Axe.check(browser, "matrise");
        assertThat(browser.all(".actions a")).extracting(a -> a.getAttribute("textContent"))
                .contains("Last ned CSV", "Last ned Excel (XLSX)");

        browser.toNextPage(browser.find("table.heatmap td.IN_TRANSITION a")::click);
        assertThat(browser.path()).startsWith("/matrise/celle");
        assertThat(browser.text("main")).contains("Helse Fonna HF har ansvaret til kommunen har etablert sitt tilbud",
                "Korte diagnosespesifikke kurs for nydiagnostiserte flyttes fra foretaket til kommunene");
        browser.screenshot("manager-03-matrix-cell");
        Axe.check(browser, "matrise-rute");

        logMatrixServerTime();
    }

    @Test
    void theRegionReportShowsGapsConflictsTransitionsCoverageAndReviews() {
        browser.go("/rapporter?helseforetak=" + HELSE_FONNA);
        String report = browser.text("main");
        assertThat(report).contains("Mangler: ingen har ansvaret", "Fristen er passert", "Sauda", "Pågår",
                "Dekning av helse- og omsorgstjenesteloven § 6-2", "Avtaler som bør revideres");
        browser.screenshot("manager-04-region-report");
        Axe.check(browser, "regionrapport");

        browser.go("/rapporter?helseforetak=983974678");
        assertThat(browser.text("#konflikter + table, #konflikter ~ div")).contains("Kategori 3");
        browser.screenshot("manager-05-region-report-conflict");
    }

    /** Server time of the 16-municipality matrix (Server-Timing header) and the whole round trip; logged, not asserted. */
    private void logMatrixServerTime() throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(registry.baseUrl()
                            + "/matrise?helseforetak=" + HELSE_FONNA)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
            long roundTrip = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
            log.info("Matrix Helse Fonna (16 municipalities): server {} ms, round trip incl. rendering {} ms",
                    response.headers().firstValue("Server-Timing").orElse("?"), roundTrip);
        }
    }
}
