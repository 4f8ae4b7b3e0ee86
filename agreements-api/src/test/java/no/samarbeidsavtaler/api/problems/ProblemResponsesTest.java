package no.samarbeidsavtaler.api.problems;

import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each class of client error, over real HTTP, as problem+json with a stable type and the field at fault. */
@ExtendWith(UsesSharedRegistry.class)
class ProblemResponsesTest {

    static RunningRegistry registry;

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = post("{\"kind\": ");

        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void aMissingBodyIs400() {
        assertProblem(registry.as("secretary").send("POST", "/api/agreements", "application/json", null), 400, "missing-body");
    }

    @Test
    void anUnknownEnumValueIs400NamingTheFieldAndTheAllowedValues() {
        HttpResponse<String> response = post(overall(HELSE_FONNA).replace("OVERALL", "FRAMEWORK"));

        assertProblem(response, 400, "invalid-value");
        assertThat(response.body()).contains("\"field\":\"kind\"", "\"allowedValues\":[\"OVERALL\",\"SUB_AGREEMENT\",\"SPECIAL\"]");
    }

    @Test
    void aWrongTypeIs400NamingTheFieldDownToTheListIndex() {
        HttpResponse<String> list = post(overall(HELSE_FONNA).replace("[1, 2]", "[1, \"to\"]"));
        assertProblem(list, 400, "invalid-value");
        assertThat(list.body()).contains("\"field\":\"statutoryPoints[1]\"");

        HttpResponse<String> scalar = post(overall(HELSE_FONNA).replace("[\"4618\"]", "\"4618\""));
        assertProblem(scalar, 400, "invalid-value");
        assertThat(scalar.body()).contains("\"field\":\"municipalities\"");
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        HttpResponse<String> response = post(overall(HELSE_FONNA).replace("}", ", \"titel\": \"skrivefeil\"}"));

        assertProblem(response, 400, "unknown-field");
        assertThat(response.body()).contains("\"field\":\"titel\"");
    }

    @Test
    void aBrokenDomainRuleIs422WithTheRuleAsType() {
        HttpResponse<String> response = post(overall(HELSE_FONNA).replace("[\"4618\"]", "[\"4618\", \"9999\"]"));

        assertProblem(response, 422, "municipality-is-known");
        assertThat(response.body()).contains("\"field\":\"municipalities[1]\"", "\"rule\":\"municipality-is-known\"",
                "\"title\":\"Ukjent kommune\"");
    }

    @Test
    void beanValidationIs422ListingEveryField() {
        String body = overall(HELSE_FONNA).replace("}", ", \"reason\": \"" + "x".repeat(2001)
                + "\", \"caseReference\": \"" + "1".repeat(101) + "\"}");

        HttpResponse<String> response = post(body);

        assertProblem(response, 422, "invalid-content");
        assertThat(response.body()).contains("\"field\":\"reason\"", "\"field\":\"caseReference\"", "\"rule\":\"size\"",
                "Begrunnelsen kan ha høyst 2000 tegn");
    }

    @Test
    void anUnknownAgreementIs404() {
        assertProblem(registry.as("manager").get("/api/agreements/finnes-ikke"), 404, "agreement-not-found");
    }

    @Test
    void anUnknownRouteIs404() {
        assertProblem(registry.as("manager").get("/api/avtaler"), 404, "unknown-route");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        HttpResponse<String> response = registry.as("secretary").send("DELETE", "/api/agreements", null, null);

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anUnacceptableAcceptIs406AndStillProblemJson() {
        assertProblem(registry.as("manager").get("/api/agreements/any", "Accept", "text/csv"), 406, "not-acceptable");
    }

    @Test
    void aWrongContentTypeIs415() {
        assertProblem(registry.as("secretary").send("POST", "/api/agreements", "text/plain", overall(HELSE_FONNA)),
                415, "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        String huge = overall(HELSE_FONNA).replace("\"Samarbeidsavtale", "\"" + "x".repeat(1_100_000));

        assertProblem(post(huge), 413, "payload-too-large");
        // Chunked: no Content-Length, so the limit is enforced while reading.
        HttpResponse<String> chunked = registry.as("secretary").send("POST", "/api/agreements", "application/json", huge,
                "Idempotency-Key", "chunked-" + System.nanoTime());
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void badInputNeverYieldsA500() {
        String[] bodies = {"null", "[]", "\"text\"", "42", "{\"kind\": null}", "{\"municipalities\": [null]}",
                "{\"kind\": \"OVERALL\", \"title\": \"t\", \"healthTrust\": null}",
                "{\"kind\": \"OVERALL\", \"title\": \"t\", \"healthTrust\": \"983974694\", \"municipalities\": [null]}",
                "{\"kind\": \"OVERALL\", \"title\": \"t\", \"healthTrust\": \"983974694\", \"municipalities\": [\"4618\"], \"statutoryPoints\": [null]}",
                "{\"kind\": \"OVERALL\", \"title\": \"t\", \"healthTrust\": \"983974694\", \"municipalities\": [\"4618\"], \"contributors\": [null]}",
                "{\"kind\": \"SPECIAL\", \"title\": \"t\", \"healthTrust\": \"983974694\", \"municipalities\": [\"4618\"], \"parentAgreementId\": \"../x\"}",
                "{\"kind\": \"OVERALL\", \"title\": \"   \", \"healthTrust\": \"983974694\", \"municipalities\": [\"4618\"]}",
                "{\"kind\": 7}", "{\"statutoryPoints\": [1.5]}", "{\"title\": {\"a\": 1}}", "{\"kind\": \"OVERALL\",}"};
        for (String body : bodies) {
            HttpResponse<String> response = post(body);
            assertThat(response.statusCode()).as(body + " → " + response.body()).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).as(body).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    private static HttpResponse<String> post(String json) {
        return registry.as("secretary").postJson("/api/agreements", json);
    }

    static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://samarbeidsavtaler.no/problems/" + type + "\"",
                "\"status\":" + status, "\"title\":\"", "\"detail\":\"");
    }
}
