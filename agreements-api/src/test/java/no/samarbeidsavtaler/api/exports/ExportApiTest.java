package no.samarbeidsavtaler.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.readside.HelseFonnaSeed;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The downloads, parsed back: CSV as Excel reads it, XLSX with POI, PDF text with PDFBox, the JSON bundle. */
@ExtendWith(UsesSharedRegistry.class)
class ExportApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void helseFonna() {
        HelseFonnaSeed.ensure(registry);
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndNamesTheTrustForNewlyDiagnosedCourses() {
        HttpResponse<byte[]> response = HelseFonnaSeed.getBytes(registry, "auditor", "/api/regions/983974694/matrix.csv?validOn=2024-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("ansvarsmatrise-983974694-2024-01-01.csv"));
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("Kommunenummer;Kommune;");
        String ullensvang = Arrays.stream(lines).filter(l -> l.startsWith("4618;")).findFirst().orElseThrow();
        assertThat(ullensvang).contains("Helse Fonna HF (helse-fonna-lms-2016 v1 pkt. 3)");
        assertThat(lines.length).isGreaterThanOrEqualTo(17);
    }

    @Test
    void xlsxHasAHeaderAndOneRowPerMunicipality() throws Exception {
        HttpResponse<byte[]> response = HelseFonnaSeed.getBytes(registry, "admin", "/api/regions/983974694/matrix.xlsx?validOn=2024-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Ansvarsmatrise");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Helse Fonna HF");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kommunenummer");
            Row ullensvang = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && "4618".equals(row.getCell(0).getStringCellValue())) {
                    ullensvang = row;
                }
            }
            assertThat(ullensvang).isNotNull();
            StringBuilder cells = new StringBuilder();
            ullensvang.forEach(c -> cells.append(c.getStringCellValue()).append('|'));
            assertThat(cells.toString()).contains("Helse Fonna HF (helse-fonna-lms-2016 v1 pkt. 3)");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(17);
        }
    }

    @Test
    void pdfOfAVersionHasNorwegianLabelsClausesAndAssignments() throws Exception {
        HttpResponse<byte[]> response = HelseFonnaSeed.getBytes(registry, "auditor", "/api/agreements/" + HelseFonnaSeed.ID + "/versions/1.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("helse-fonna-lms-2016-versjon-1.pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Lærings- og mestringstilbud i Helse Fonna etter 2016");
            assertThat(text).contains("Avtalepunkter", "Punkt 3: Korte diagnosespesifikke kurs for nydiagnostiserte");
            assertThat(text).contains("Helse Fonna HF", "Vedtak", "Signaturer");
        }
    }

    @Test
    void jsonExportIsTheCommandSequenceOfTheAgreement() throws Exception {
        HttpResponse<String> response = registry.as("auditor").get("/api/agreements/" + HelseFonnaSeed.ID + "/export.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("helse-fonna-lms-2016.json"));
        JsonNode bundle = JSON.readTree(response.body());
        assertThat(bundle.get("format").asText()).isEqualTo("samarbeidsavtaler-bundle");
        JsonNode commands = bundle.get("agreements").get(0).get("commands");
        assertThat(commands.get(0).get("type").asText()).isEqualTo("RegisterAgreement");
        assertThat(commands.get(commands.size() - 1).get("type").asText()).isEqualTo("PutVersionIntoForce");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "a%0D%0ASet-Cookie:%20x=1", "a%22b", "..", "a.b"})
    void idsThatCouldReachAHeaderAreRefusedBeforeAnything(String id) {
        HttpResponse<String> json = registry.as("auditor").get("/api/agreements/" + id + "/export.json");
        HttpResponse<String> pdf = registry.as("auditor").get("/api/agreements/" + id + "/versions/1.pdf");

        for (HttpResponse<String> response : java.util.List.of(json, pdf)) {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 404);
            // Spring's own fixed "inline;filename=f.txt" (reflected-file-download guard) may appear; nothing of the id may.
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .doesNotContain("passwd", "Set-Cookie", "..", "\"b").isIn("", "inline;filename=f.txt");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void downloadNamesRefuseAnythingButSafeCharacters() {
        assertThat(DownloadNames.attachment("helse-fonna-lms-2016.json")).isEqualTo("attachment; filename=\"helse-fonna-lms-2016.json\"");
        for (String unsafe : new String[] {"../x.json", "a\r\nb.json", "a\"b.json", "a/b.json", "x..json"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DownloadNames.attachment(unsafe))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertThat(MatrixCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(MatrixCsv.field("si \"hei\"")).isEqualTo("\"si \"\"hei\"\"\"");
        assertThat(MatrixCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }

    @Test
    void managersExportTheMatrixAndVersionsButOnlyAuditorsTheFullBundle() {
        assertThat(registry.as("manager").get("/api/regions/983974694/matrix.csv").statusCode()).isEqualTo(200);
        assertThat(registry.as("manager").get("/api/regions/983974694/matrix.xlsx").statusCode()).isEqualTo(200);
        assertThat(registry.as("manager").get("/api/agreements/" + HelseFonnaSeed.ID + "/versions/1.pdf").statusCode()).isEqualTo(200);
        assertThat(registry.as("manager").get("/api/agreements/" + HelseFonnaSeed.ID + "/export.json").statusCode()).isEqualTo(403);
        assertThat(registry.as("secretary").get("/api/agreements/" + HelseFonnaSeed.ID + "/export.json").statusCode()).isEqualTo(403);
    }
}
