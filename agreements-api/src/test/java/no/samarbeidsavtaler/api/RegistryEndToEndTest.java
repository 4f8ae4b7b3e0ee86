package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first real slice through every layer, on the embedded durable store, across a restart. */
class RegistryEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    static final String HELSE_FONNA_OVERALL_AGREEMENT = """
            {"kind": "OVERALL", "title": "Samarbeidsavtale mellom Helse Fonna HF og kommunene",
             "healthTrust": "983974694",
             "municipalities": ["1106", "1149", "4618"],
             "statutoryPoints": [1, 2, 3]}
            """;

    /** The demo agreements would be in the store too; this test counts events. */
    private static final String NO_DEMO_DATA = "--agreements.demo-data.enabled=false";

    @TempDir
    Path dataDirectory;

    @Test
    void registeredAgreementIsReadBackAndSurvivesARestart() {
        String location;
        String firstRead;
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, NO_DEMO_DATA)) {
            HttpResponse<String> created = registry.as("secretary").postJson("/api/agreements", HELSE_FONNA_OVERALL_AGREEMENT);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
            String etag = created.headers().firstValue("ETag").orElseThrow();

            // The read model catches up to the version the command side reported.
            HttpResponse<String> read = registry.as("manager").awaitGet(location,
                    r -> r.statusCode() == 200 && r.headers().firstValue("ETag").orElse("").equals(etag), PATIENCE);
            assertThat(read.body()).contains("\"healthTrust\":\"983974694\"", "\"4618\"",
                    "Samarbeidsavtale mellom Helse Fonna HF og kommunene");
            assertThat(etag).isEqualTo("\"1\""); // AgreementRegistered (0) and DraftVersionOpened (1)
            firstRead = read.body();
        }

        try (RunningRegistry restarted = RunningRegistry.start(dataDirectory, NO_DEMO_DATA)) {
            HttpResponse<String> again = restarted.as("manager").awaitGet(location, r -> r.statusCode() == 200, PATIENCE);
            assertThat(again.body()).isEqualTo(firstRead);
        }
    }

    @Test
    void invalidOrganisationNumberIsAProblemNamingTheFieldAndStoresNothing() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, NO_DEMO_DATA)) {
            HttpResponse<String> refused = registry.as("secretary").postJson("/api/agreements",
                    HELSE_FONNA_OVERALL_AGREEMENT.replace("983974694", "983974695"));

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"field\":\"healthTrust\"", "organisation-number-is-valid");
            assertThat(registry.bean(com.mongodb.client.MongoDatabase.class)
                    .getCollection("events").countDocuments()).isZero();
        }
    }

    @Test
    void healthReportsTheStoreAndTheEventProcessors() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, NO_DEMO_DATA)) {
            HttpResponse<String> health = registry.as("admin").awaitGet("/actuator/health",
                    r -> r.body().contains("agreement-summary"), PATIENCE);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"mongo\"", "embedded mongo-java-server", "\"eventProcessors\"");

            HttpResponse<String> anonymous = registry.anonymous().get("/actuator/health");
            assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("mongo-java-server");
        }
    }
}
