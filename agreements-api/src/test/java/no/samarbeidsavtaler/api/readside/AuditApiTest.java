package no.samarbeidsavtaler.api.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.List;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.security.AuditReadLog;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** History, JSON Lines, diff, as-recorded-at and integrity over HTTP, for auditors; managers are refused. */
@ExtendWith(UsesSharedRegistry.class)
class AuditApiTest {

    static RunningRegistry registry;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGREEMENT = "/api/agreements/" + HelseFonnaSeed.ID;

    @BeforeAll
    static void helseFonna() {
        HelseFonnaSeed.ensure(registry);
    }

    @Test
    void historyIsToldInNorwegianSentencesAndTheReadIsLogged() throws Exception {
        HttpResponse<String> response = registry.as("auditor").get(AGREEMENT + "/history");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode entries = JSON.readTree(response.body()).get("entries");
        assertThat(entries.get(0).get("type").asText()).isEqualTo("AgreementRegistered");
        assertThat(entries.get(0).get("sentence").asText()).isNotBlank();
        assertThat(entries.get(0).get("actorId").asText()).isEqualTo("sekretariat-test");
        assertThat(entries.get(0).get("position").isNumber()).isTrue();
        long logged = registry.bean(MongoDatabase.class).getCollection(AuditReadLog.COLLECTION)
                .countDocuments(Filters.and(Filters.eq("actorId", "auditor"), Filters.eq("path", AGREEMENT + "/history")));
        assertThat(logged).isPositive();
    }

    @Test
    void jsonLinesHoldTheWholeEventHistoryOneEventPerLine() throws Exception {
        HttpResponse<String> history = registry.as("auditor").get(AGREEMENT + "/history");
        HttpResponse<String> lines = registry.as("admin").get(AGREEMENT + "/history.jsonl");

        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> all = lines.body().lines().toList();
        assertThat(all).hasSize(JSON.readTree(history.body()).get("entries").size());
        JsonNode first = JSON.readTree(all.get(0));
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("type").asText()).endsWith(".AgreementRegistered");
        assertThat(first.get("payload").get("agreementId").asText()).isEqualTo(HelseFonnaSeed.ID);
        assertThat(lines.body()).endsWith("\n");
    }

    @Test
    void asRecordedAtAnInstantBeforeRegistrationIsUnknownAndAfterItShowsTheVersionInForce() throws Exception {
        HttpResponse<String> before = registry.as("auditor").get(AGREEMENT + "/as-recorded?at=2000-01-01T00:00:00Z");
        HttpResponse<String> now = registry.as("auditor").get(AGREEMENT + "/as-recorded?at=2999-01-01T00:00:00Z&validOn=2017-01-01");
        HttpResponse<String> matrix = registry.as("auditor").get("/api/regions/983974694/matrix/as-recorded?at=2999-01-01&validOn=2017-01-01");

        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(now.statusCode()).as(now.body()).isEqualTo(200);
        assertThat(JSON.readTree(now.body()).get("versionInForce").asInt()).isEqualTo(1);
        assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(200);
        assertThat(JSON.readTree(matrix.body()).get("rows").size()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void diffOfAVersionWithItselfAndOfAMissingVersion() {
        HttpResponse<String> same = registry.as("auditor").get(AGREEMENT + "/diff?from=1&to=1");
        HttpResponse<String> missing = registry.as("auditor").get(AGREEMENT + "/diff?from=1&to=7");
        HttpResponse<String> bad = registry.as("auditor").get(AGREEMENT + "/diff?from=en&to=2");

        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"");
    }

    @Test
    void integrityOfOneAgreementsChain() throws Exception {
        HttpResponse<String> response = registry.as("auditor").get("/api/audit/integrity?agreementId=" + HelseFonnaSeed.ID);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"findingCount\":0", "agreement " + HelseFonnaSeed.ID);
    }

    @Test
    void managersAndSecretariesReadAnswersButNotHistory() {
        assertThat(registry.as("manager").get(AGREEMENT + "/history").statusCode()).isEqualTo(403);
        assertThat(registry.as("secretary").get(AGREEMENT + "/history.jsonl").statusCode()).isEqualTo(403);
        assertThat(registry.as("manager").get("/api/audit/integrity").statusCode()).isEqualTo(403);
    }

    @Test
    void asRecordedNeedsAValidInstant() {
        HttpResponse<String> response = registry.as("auditor").get(AGREEMENT + "/as-recorded?at=i-går");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"at\"");
    }
}
