package no.samarbeidsavtaler.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated OpenAPI document: open, complete for /api, and explicit about the cross-cutting rules. */
@ExtendWith(UsesSharedRegistry.class)
class OpenApiDocumentTest {

    static RunningRegistry registry;
    private static JsonNode document;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<String> response = registry.anonymous().get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        document = new ObjectMapper().readTree(response.body());
    }

    @Test
    void documentAndSwaggerUiAreOpenWithoutLogin() {
        assertThat(registry.anonymous().get("/swagger-ui.html").statusCode()).isIn(200, 302);
        HttpResponse<String> ui = registry.anonymous().get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void everyApiOperationHasASummaryTheCommonProblemsAndNoErrorControllerLeaks() {
        assertThat(document.path("paths").has("/error")).isFalse();
        for (Map.Entry<String, JsonNode> operation : operations()) {
            JsonNode op = operation.getValue();
            assertThat(op.path("summary").asText()).as(operation.getKey()).isNotBlank();
            assertThat(op.path("responses").has("401")).as(operation.getKey()).isTrue();
            assertThat(op.path("responses").has("403")).as(operation.getKey()).isTrue();
            assertThat(op.path("responses").path("400").path("content").has("application/problem+json")).as(operation.getKey()).isTrue();
        }
        assertThat(operations()).hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void everyChangeOfAnExistingAgreementRequiresIfMatchAndDocuments412And428() {
        for (Map.Entry<String, JsonNode> operation : operations()) {
            String key = operation.getKey();
            // Creating an agreement, importing a bundle and admin operations change no existing agreement.
            boolean change = !key.startsWith("get ") && !key.equals("post /api/agreements")
                    && !key.equals("post /api/imports") && !key.startsWith("post /api/admin/");
            if (!change) {
                continue;
            }
            JsonNode op = operation.getValue();
            List<JsonNode> ifMatch = new ArrayList<>();
            op.path("parameters").forEach(p -> {
                if (p.path("name").asText().equals("If-Match") && p.path("in").asText().equals("header")) {
                    ifMatch.add(p);
                }
            });
            assertThat(ifMatch).as(key).hasSize(1);
            assertThat(ifMatch.get(0).path("required").asBoolean()).as(key).isTrue();
            assertThat(op.path("responses").has("412")).as(key).isTrue();
            assertThat(op.path("responses").has("428")).as(key).isTrue();
            assertThat(op.path("responses").has("409")).as(key).isTrue();
            assertThat(op.path("responses").has("422")).as(key).isTrue();
        }
    }

    @Test
    void registrationDocumentsIdempotencyAndNorwegianExamples() {
        JsonNode register = document.path("paths").path("/api/agreements").path("post");
        assertThat(register.path("parameters").toString()).contains("Idempotency-Key");
        String examples = register.path("requestBody").toString();
        assertThat(examples).contains("983974694", "4618", "Helse Fonna", "caseReference", "reason");
        assertThat(register.path("responses").path("201").path("headers").has("ETag")).isTrue();
        assertThat(document.path("info").path("description").asText()).contains("If-Match", "Idempotency-Key",
                "caseReference", "application/problem+json");
    }

    @Test
    void bothLoginMethodsAreDescribed() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");
    }

    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/") && !path.getKey().equals("/api/csrf-token")) {
                path.getValue().fields().forEachRemaining(method ->
                        operations.add(Map.entry(method.getKey() + " " + path.getKey(), method.getValue())));
            }
        });
        return operations;
    }
}
