package no.samarbeidsavtaler.api.parties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reference data over HTTP: trusts with catchment areas, municipalities with their reform lineage. */
@ExtendWith(UsesSharedRegistry.class)
class PartiesApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void helseFonnaHasItsSixteenMunicipalities() throws Exception {
        HttpResponse<String> response = registry.as("manager").get("/api/parties/health-trusts/983974694");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode trust = JSON.readTree(response.body());
        assertThat(trust.path("name").asText()).isEqualTo("Helse Fonna HF");
        assertThat(trust.path("regionalHealthAuthority").asText()).isEqualTo("Helse Vest RHF");
        assertThat(trust.path("catchmentArea")).hasSize(16);
    }

    @Test
    void allNineteenTrustsAndAllCurrentMunicipalitiesAreListed() throws Exception {
        assertThat(JSON.readTree(registry.as("auditor").get("/api/parties/health-trusts").body())).hasSize(19);
        assertThat(JSON.readTree(registry.as("manager").get("/api/parties/municipalities").body())).hasSize(357);
    }

    @Test
    void oddaIsFoundUnderUllensvangAndUllensvangKnowsItsPredecessors() throws Exception {
        JsonNode odda = JSON.readTree(registry.as("manager").get("/api/parties/municipalities/1228").body());
        assertThat(odda.path("currentSuccessors").toString()).isEqualTo("[\"4618\"]");
        JsonNode ullensvang = JSON.readTree(registry.as("manager").get("/api/parties/municipalities/4618").body());
        assertThat(ullensvang.path("predecessors").toString()).contains("1228", "1231", "1227");
    }

    @Test
    void invalidAndUnknownNumbersAreProblems() {
        HttpResponse<String> invalid = registry.as("manager").get("/api/parties/health-trusts/983974695");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("organisation-number-is-valid");
        HttpResponse<String> unknown = registry.as("manager").get("/api/parties/municipalities/9998");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
