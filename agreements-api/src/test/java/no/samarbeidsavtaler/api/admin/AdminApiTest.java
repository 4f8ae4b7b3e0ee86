package no.samarbeidsavtaler.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.readside.HelseFonnaSeed;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rebuild (202 + status URL, progress until COMPLETED) and consistency check of a projection, for administrators. */
@ExtendWith(UsesSharedRegistry.class)
class AdminApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void someEvents() {
        HelseFonnaSeed.ensure(registry);
    }

    private static String summaries() throws Exception {
        // The name the rebuilder knows the summary projection by, from the 404 listing every name.
        String listing = JSON.readTree(registry.as("admin").get("/api/admin/projections/ukjent/rebuild").body())
                .get("detail").asText();
        return java.util.Arrays.stream(listing.substring(listing.indexOf(':') + 1).split(","))
                .map(String::strip).filter(n -> n.contains("summar")).findFirst().orElseThrow();
    }

    @Test
    void aRebuildStartsInTheBackgroundAndReportsProgressUntilCompleted() throws Exception {
        String name = summaries();
        HttpResponse<String> started = registry.as("admin").send("POST", "/api/admin/projections/" + name + "/rebuild", null, null);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/admin/projections/" + name + "/rebuild");
        HttpResponse<String> done = registry.as("admin").awaitGet(location,
                r -> r.body().contains("\"COMPLETED\"") || r.body().contains("\"FAILED\""), Duration.ofSeconds(60));
        JsonNode status = JSON.readTree(done.body());
        assertThat(status.get("phase").asText()).as(done.body()).isEqualTo("COMPLETED");
        assertThat(status.get("eventsDone").asLong()).isPositive();
        assertThat(status.has("eventsPerSecond")).isTrue();
    }

    @Test
    void aConsistencyCheckComparesTheLiveProjectionWithAFreshBuild() throws Exception {
        HttpResponse<String> response = registry.as("admin").send("POST",
                "/api/admin/projections/" + summaries() + "/consistency-check", null, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("documentsCompared").asLong()).isPositive();
        assertThat(report.has("discrepancies")).isTrue();
    }

    @Test
    void unknownProjectionsAre404AndOthersThanAdminsAreRefused() {
        assertThat(registry.as("admin").send("POST", "/api/admin/projections/ukjent/rebuild", null, null).statusCode()).isEqualTo(404);
        assertThat(registry.as("auditor").send("POST", "/api/admin/projections/ukjent/rebuild", null, null).statusCode()).isEqualTo(403);
        assertThat(registry.as("manager").get("/api/admin/projections/ukjent/rebuild").statusCode()).isEqualTo(403);
    }
}
