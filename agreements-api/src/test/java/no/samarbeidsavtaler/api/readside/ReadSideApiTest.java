package no.samarbeidsavtaler.api.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read side over HTTP, with the Helse Fonna 2016 agreement recorded through the command gateway. */
@ExtendWith(UsesSharedRegistry.class)
class ReadSideApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DIABETES_NEWLY_DIAGNOSED = "/api/responsibility?category=DIAGNOSIS_SPECIFIC_GROUP&diagnosisSpecific=true"
            + "&conditionSystem=ICD10&conditionCode=E11&phase=NEWLY_DIAGNOSED&healthTrust=983974694&validOn=2024-01-01";

    @BeforeAll
    static void helseFonna() {
        HelseFonnaSeed.ensure(registry);
    }

    @Test
    void whoOwnsNewlyDiagnosedDiabetesCoursesInHelseFonna() throws Exception {
        HttpResponse<String> response = registry.as("manager").get(DIABETES_NEWLY_DIAGNOSED);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode municipalities = JSON.readTree(response.body()).get("municipalities");
        assertThat(municipalities).hasSize(16);
        for (JsonNode m : municipalities) {
            assertThat(m.get("state").asText()).as(m.toString()).isEqualTo("RESPONSIBLE");
            JsonNode responsible = m.get("parties").get(0);
            assertThat(responsible.get("role").asText()).isEqualTo("RESPONSIBLE");
            assertThat(responsible.get("party").get("id").asText()).isEqualTo(HelseFonnaSeed.TRUST);
            assertThat(responsible.get("name").asText()).isEqualTo("Helse Fonna HF");
            assertThat(responsible.get("citation").get("agreementId").asText()).isEqualTo(HelseFonnaSeed.ID);
            assertThat(responsible.get("citation").get("clauseNumber").asText()).isEqualTo("3");
        }
    }

    @Test
    void theFullViewAndOneVersionCarryTheAgreementsVersionAsETag() throws Exception {
        HttpResponse<String> view = registry.as("secretary-nord").get("/api/agreements/" + HelseFonnaSeed.ID + "/view");
        HttpResponse<String> version = registry.as("manager").get("/api/agreements/" + HelseFonnaSeed.ID + "/versions/1");

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"\\d+\""));
        assertThat(JSON.readTree(view.body()).get("municipalities")).hasSize(16);
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(version.headers().firstValue("ETag")).isEqualTo(view.headers().firstValue("ETag"));
        assertThat(JSON.readTree(version.body()).get("status").asText()).isEqualTo("IN_FORCE");
    }

    @Test
    void matrixAndReportOfTheRegion() throws Exception {
        HttpResponse<String> matrix = registry.as("manager").get("/api/regions/983974694/matrix?validOn=2024-01-01");
        HttpResponse<String> report = registry.as("manager").get("/api/regions/983974694/report?validOn=2024-01-01");

        assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(200);
        JsonNode m = JSON.readTree(matrix.body());
        assertThat(m.get("healthTrustName").asText()).isEqualTo("Helse Fonna HF");
        assertThat(m.get("rows").size()).isGreaterThanOrEqualTo(16);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode r = JSON.readTree(report.body());
        assertThat(r.has("gaps") && r.has("conflicts") && r.has("coverage") && r.has("reviewsDue")).isTrue();
        assertThat(r.get("coverage").size()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void unknownAgreementAndVersionAre404Problems() {
        HttpResponse<String> agreement = registry.as("manager").get("/api/agreements/finnes-ikke/view");
        HttpResponse<String> version = registry.as("manager").get("/api/agreements/" + HelseFonnaSeed.ID + "/versions/99");

        assertThat(agreement.statusCode()).isEqualTo(404);
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(version.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(version.body()).contains("version-not-found");
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @CsvSource({
            "/api/responsibility?category=KURS&healthTrust=983974694, 400, category",
            "/api/responsibility?phase=SOMETIMES&healthTrust=983974694, 400, phase",
            "/api/responsibility?targetGroup=x&healthTrust=983974694, 400, targetGroup",
            "/api/responsibility?diagnosisSpecific=kanskje&healthTrust=983974694, 400, diagnosisSpecific",
            "/api/responsibility?conditionCode=diabetes&healthTrust=983974694, 400, conditionCode",
            "/api/responsibility?conditionSystem=SNOMED&conditionCode=E11&healthTrust=983974694, 400, conditionSystem",
            "/api/responsibility?healthTrust=123456789, 400, healthTrust",
            "/api/responsibility?healthTrust=974633574, 422, healthTrust",
            "/api/responsibility?municipality=46181, 400, municipality",
            "/api/responsibility?municipality=9999, 422, municipality",
            "/api/responsibility?healthTrust=983974694&validOn=2024-13-01, 400, validOn",
            "/api/responsibility?category=PREVENTIVE_HEALTHY_LIFE, 400, healthTrust",
            "/api/regions/98397469x/matrix, 400, healthTrust",
            "/api/regions/983974694/matrix?validOn=i-morgen, 400, validOn",
            "/api/regions/983974694/report?validOn=2024-02-30, 400, validOn",
            "/api/agreements/helse-fonna-lms-2016/versions/0, 400, version"})
    void badParametersAreProblemsNamingTheParameterNever5xx(String path, int status, String field) throws Exception {
        HttpResponse<String> response = registry.as("manager").get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo(field);
    }
}
