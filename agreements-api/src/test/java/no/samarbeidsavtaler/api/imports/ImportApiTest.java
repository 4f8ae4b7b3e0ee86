package no.samarbeidsavtaler.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.readside.HelseFonnaSeed;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/imports: the export format read back, all or nothing, with the problem naming item and field. */
@ExtendWith(UsesSharedRegistry.class)
class ImportApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode exported;

    @BeforeAll
    static void exportHelseFonna() throws Exception {
        HelseFonnaSeed.ensure(registry);
        HttpResponse<String> response = registry.as("admin").get("/api/agreements/" + HelseFonnaSeed.ID + "/export.json");
        assertThat(response.statusCode()).isEqualTo(200);
        exported = JSON.readTree(response.body()).get("agreements").get(0);
    }

    /** The exported Helse Fonna agreement under another id. */
    private static ObjectNode copyAs(String id) throws Exception {
        return (ObjectNode) JSON.readTree(exported.toString().replace("\"" + HelseFonnaSeed.ID + "\"", "\"" + id + "\""));
    }

    private static String bundle(JsonNode... agreements) {
        ObjectNode bundle = JSON.createObjectNode().put("format", "samarbeidsavtaler-bundle").put("formatVersion", 1);
        ArrayNode list = bundle.putArray("agreements");
        for (JsonNode a : agreements) {
            list.add(a);
        }
        return bundle.toString();
    }

    private static long storedEvents() {
        return registry.bean(MongoDatabase.class).getCollection("events").countDocuments();
    }

    @Test
    void anExportedAgreementImportsUnderANewIdAndReadsTheSame() throws Exception {
        String id = "import-" + UUID.randomUUID();
        HttpResponse<String> response = registry.as("admin").postJson("/api/imports", bundle(copyAs(id)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("agreementIds").get(0).asText()).isEqualTo(id);
        HttpResponse<String> view = registry.as("manager").awaitGet("/api/agreements/" + id + "/view",
                r -> r.statusCode() == 200 && r.body().contains("IN_FORCE"), Duration.ofSeconds(20));
        JsonNode clauses = JSON.readTree(view.body()).get("versions").get(0).get("clauses");
        assertThat(clauses.size()).isEqualTo(JSON.readTree(registry.as("manager")
                .get("/api/agreements/" + HelseFonnaSeed.ID + "/view").body()).get("versions").get(0).get("clauses").size());
    }

    @Test
    void anAgreedReviewDateSurvivesExportAndImport() throws Exception {
        HttpResponse<String> created = registry.as("secretary").postJson("/api/agreements",
                no.samarbeidsavtaler.api.support.Agreements.overall(HelseFonnaSeed.TRUST));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> agreed = registry.as("secretary").send("POST", location + "/review-date", "application/json",
                "{\"reviewDueOn\": \"2027-06-30\"}", "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(204);
        JsonNode export = JSON.readTree(registry.as("admin").get(location + "/export.json").body()).get("agreements").get(0);
        assertThat(export.get("commands").toString()).contains("\"type\":\"AgreeReviewDate\"", "\"reviewDueOn\":\"2027-06-30\"");
        String id = "import-review-" + UUID.randomUUID();
        ObjectNode copy = (ObjectNode) JSON.readTree(export.toString().replace("\"" + export.get("agreementId").asText() + "\"",
                "\"" + id + "\""));

        HttpResponse<String> imported = registry.as("admin").postJson("/api/imports", bundle(copy));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        registry.as("manager").awaitGet("/api/agreements/" + id + "/view",
                r -> r.statusCode() == 200 && r.body().contains("\"reviewDueOn\":\"2027-06-30\""), Duration.ofSeconds(20));
    }

    @Test
    void aBundleWhoseThirdAgreementBreaksADomainRuleLeavesNothingBehind() throws Exception {
        ObjectNode third = copyAs("import-bad-" + UUID.randomUUID());
        ArrayNode commands = (ArrayNode) third.get("commands");
        int clause = 0;
        while (!"AddClause".equals(commands.get(clause).get("type").asText())) {
            clause++;
        }
        ((ObjectNode) commands.get(clause).get("payload")).put("version", 7); // no such draft version
        String body = bundle(copyAs("import-ok1-" + UUID.randomUUID()), copyAs("import-ok2-" + UUID.randomUUID()), third);
        long before = storedEvents();

        HttpResponse<String> response = registry.as("secretary").postJson("/api/imports", body);

        assertThat(response.statusCode()).as(response.body()).isIn(409, 422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asText()).startsWith("agreements[2].commands[" + clause + "].payload");
        assertThat(problem.get("item").asInt()).isEqualTo(2);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void structuralFaultsAreFoundBeforeAnyCommandIsSent() throws Exception {
        ObjectNode second = copyAs("import-type-" + UUID.randomUUID());
        ((ObjectNode) second.get("commands").get(1)).put("type", "DeleteEverything");
        long before = storedEvents();

        HttpResponse<String> response = registry.as("admin").postJson("/api/imports",
                bundle(copyAs("import-first-" + UUID.randomUUID()), second));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("agreements[1].commands[1].type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAgreementThatExistsAlreadyIsAConflictNamingTheItem() throws Exception {
        HttpResponse<String> response = registry.as("admin").postJson("/api/imports", bundle(copyAs(HelseFonnaSeed.ID)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("agreements[0].agreementId");
    }

    @Test
    void onlyAdminsAndSecretariesOfTheTrustMayImport() throws Exception {
        String body = bundle(copyAs("import-denied-" + UUID.randomUUID()));

        assertThat(registry.as("secretary-bergen").postJson("/api/imports", body).statusCode()).isEqualTo(403);
        assertThat(registry.as("manager").postJson("/api/imports", body).statusCode()).isEqualTo(403);
        assertThat(registry.as("auditor").postJson("/api/imports", body).statusCode()).isEqualTo(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerWithoutASecondImport() throws Exception {
        String body = bundle(copyAs("import-retry-" + UUID.randomUUID()));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = registry.as("admin").postJson("/api/imports", body, "Idempotency-Key", key);
        long after = storedEvents();
        HttpResponse<String> retry = registry.as("admin").postJson("/api/imports", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(after);
    }
}
