package no.samarbeidsavtaler.api.agreements;

import static no.samarbeidsavtaler.api.support.Agreements.events;
import static no.samarbeidsavtaler.api.support.Agreements.idFrom;
import static no.samarbeidsavtaler.api.support.Agreements.metaData;
import static no.samarbeidsavtaler.api.support.Agreements.payloadType;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agreement of Helse Fonna HF and Ullensvang (4618) through its whole life over HTTP: each change
 * needs the current ETag, answers with the next one, and is recorded with the actor and case.
 */
@ExtendWith(UsesSharedRegistry.class)
class LifecycleApiTest {

    static RunningRegistry registry;

    private static final String AGREEMENT = """
            {"kind": "SUB_AGREEMENT", "designation": "2", "title": "Lærings- og mestringstilbud i Helse Fonna",
             "healthTrust": "983974694", "municipalities": ["4618"], "statutoryPoints": [2]}""";
    private static final String TRUST = "{\"kind\": \"HEALTH_TRUST\", \"id\": \"983974694\"}";
    private static final String ULLENSVANG = "{\"kind\": \"MUNICIPALITY\", \"id\": \"4618\"}";

    private String base;
    private String etag;

    @BeforeEach
    void register() {
        HttpResponse<String> created = registry.as("secretary").postJson("/api/agreements", AGREEMENT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        base = created.headers().firstValue("Location").orElseThrow();
        etag = created.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void fromDraftToForceToTermination() {
        change("POST", "/versions/1/clauses", """
                {"clauseId": "c4", "number": "4", "title": "Friskliv", "text": "Kommunen tilbyr frisklivstilbud.",
                 "caseReference": "2016/1234"}""");
        change("PUT", "/versions/1/clauses/c4", """
                {"number": "4", "title": "Friskliv, læring og mestring", "text": "Kommunen tilbyr frisklivs-, lærings- og mestringstilbud.",
                 "reason": "Tittel utvidet", "caseReference": "2016/1234"}""");
        change("POST", "/versions/1/clauses/c4/assignments", """
                {"assignmentId": "c4-4618", "assignment": {"cell": {"category": "PREVENTIVE_HEALTHY_LIFE"},
                 "party": %s, "role": "RESPONSIBLE", "municipalities": ["4618"]}, "caseReference": "2016/1234"}""".formatted(ULLENSVANG));
        change("POST", "/versions/1/negotiation", "{\"negotiatedOn\": \"2016-08-31\", \"caseReference\": \"2016/1234\"}");
        change("POST", "/versions/1/adoptions", """
                {"party": %s, "forum": "TRUST_BOARD", "caseNumber": "HF-16/12", "decidedOn": "2016-09-20"}""".formatted(TRUST));
        change("POST", "/versions/1/adoptions", """
                {"party": %s, "forum": "MUNICIPAL_COUNCIL", "caseNumber": "16/845", "decidedOn": "2016-09-29"}""".formatted(ULLENSVANG));
        change("POST", "/versions/1/signatures", "{\"party\": %s, \"signatory\": \"Adm. dir.\", \"signedOn\": \"2016-09-30\"}".formatted(TRUST));
        change("POST", "/versions/1/signatures", "{\"party\": %s, \"signatory\": \"Ordfører\", \"signedOn\": \"2016-09-30\"}".formatted(ULLENSVANG));
        change("POST", "/versions/1/entry-into-force", "{\"effectiveFrom\": \"2016-10-01\"}");
        change("POST", "/versions/1/corrections/adoption", """
                {"party": %s, "caseNumber": "16/854", "decidedOn": "2016-09-29", "reason": "Saksnummeret var skrevet feil"}""".formatted(ULLENSVANG));
        change("POST", "/versions", null);
        change("POST", "/versions/2/discard", "{\"reason\": \"Revisjonen er utsatt\"}");
        change("POST", "/termination", "{\"terminatedOn\": \"2024-12-31\", \"reason\": \"Erstattet av ny avtale\", \"caseReference\": \"2024/99\"}");

        HttpResponse<String> afterTermination = send("POST", "/versions", null, etag);
        assertThat(afterTermination.statusCode()).isEqualTo(409);
        assertThat(afterTermination.body()).contains("https://samarbeidsavtaler.no/problems/terminated-agreement-accepts-no-commands");

        var recorded = events(registry, idFrom(base));
        assertThat(recorded).extracting(e -> payloadType(e)).contains("ClauseAdded", "ClauseAmended", "ResponsibilityAssigned",
                "VersionNegotiated", "VersionAdopted", "VersionSigned", "VersionEnteredIntoForce", "AdoptionCorrected",
                "DraftVersionOpened", "VersionDiscarded", "AgreementTerminated");
        assertThat(etag).isEqualTo("\"" + recorded.get(recorded.size() - 1).get("sequenceNumber") + "\"");
        assertThat(recorded).allSatisfy(e -> assertThat(metaData(e)).containsEntry("actorId", "secretary"));
        Document termination = recorded.get(recorded.size() - 1);
        assertThat(metaData(termination)).containsEntry("reason", "Erstattet av ny avtale").containsEntry("caseReference", "2024/99");
    }

    @Test
    void aReviewDateIsAgreedAndReAgreedWithIfMatchAndTheLatestShowsInTheView() {
        HttpResponse<String> withoutIfMatch = send("POST", "/review-date", "{\"reviewDueOn\": \"2027-06-30\"}", null);
        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        HttpResponse<String> withoutDate = send("POST", "/review-date", "{\"reason\": \"Glemte datoen\"}", etag);
        assertThat(withoutDate.statusCode()).as(withoutDate.body()).isEqualTo(422);
        assertThat(withoutDate.body()).contains("https://samarbeidsavtaler.no/problems/review-date-is-given");

        change("POST", "/review-date", "{\"reviewDueOn\": \"2026-12-31\"}");
        change("POST", "/review-date", """
                {"reviewDueOn": "2027-06-30", "reason": "Utsatt etter kommunevalget", "caseReference": "2024/1234"}""");

        var recorded = events(registry, idFrom(base));
        Document last = recorded.get(recorded.size() - 1);
        assertThat(payloadType(last)).isEqualTo("ReviewDateAgreed");
        assertThat(recorded).extracting(e -> payloadType(e)).filteredOn("ReviewDateAgreed"::equals).hasSize(2);
        assertThat(metaData(last)).containsEntry("actorId", "secretary").containsEntry("reason", "Utsatt etter kommunevalget")
                .containsEntry("caseReference", "2024/1234");
        assertThat(etag).isEqualTo("\"" + last.get("sequenceNumber") + "\"");
        HttpResponse<String> view = registry.as("manager").awaitGet(base + "/view",
                r -> r.statusCode() == 200 && r.body().contains("\"reviewDueOn\":\"2027-06-30\""), java.time.Duration.ofSeconds(20));
        assertThat(view.body()).contains("\"reviewDueOn\":\"2027-06-30\"");
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String first = etag;
        change("POST", "/versions/1/clauses", "{\"clauseId\": \"c1\", \"number\": \"1\", \"title\": \"Fagnettverk\", \"text\": \"…\"}");
        int before = events(registry, idFrom(base)).size();

        HttpResponse<String> stale = send("POST", "/versions/1/clauses",
                "{\"clauseId\": \"c2\", \"number\": \"2\", \"title\": \"Tilbud i kommunene\", \"text\": \"…\"}", first);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(stale.body()).contains("https://samarbeidsavtaler.no/problems/stale-version");
        assertThat(events(registry, idFrom(base))).hasSize(before);
    }

    @Test
    void aChangeWithoutIfMatchIs428() {
        HttpResponse<String> response = send("POST", "/versions/1/clauses",
                "{\"clauseId\": \"c1\", \"number\": \"1\", \"title\": \"Fagnettverk\", \"text\": \"…\"}", null);

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(response.body()).contains("https://samarbeidsavtaler.no/problems/if-match-required", "\"field\":\"If-Match\"");
    }

    @Test
    void aSecondOpenVersionIs409AndABrokenRuleIs422() {
        HttpResponse<String> conflict = send("POST", "/versions", null, etag);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("https://samarbeidsavtaler.no/problems/only-one-open-version");

        HttpResponse<String> invalid = send("POST", "/versions/1/clauses", "{\"clauseId\": \"c1\", \"number\": \"\", \"title\": \"\", \"text\": \"\"}", etag);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("https://samarbeidsavtaler.no/problems/clause-has-number-and-text");
    }

    @Test
    void aChangeOfAnUnknownAgreementIs404AndOfAnotherRegionIs403() {
        HttpResponse<String> unknown = registry.as("secretary").send("POST", "/api/agreements/ukjent/termination", "application/json",
                "{\"terminatedOn\": \"2024-12-31\", \"reason\": \"x\"}", "If-Match", "\"1\"");
        assertThat(unknown.statusCode()).isEqualTo(404);

        HttpResponse<String> bergen = registry.as("secretary-bergen").send("POST", base + "/termination", "application/json",
                "{\"terminatedOn\": \"2024-12-31\", \"reason\": \"x\"}", "If-Match", etag);
        assertThat(bergen.statusCode()).isEqualTo(403);
    }

    @Test
    void ofTwoConcurrentChangesBasedOnTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                int before = events(registry, idFrom(base)).size();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> responses = new ArrayList<>();
                for (String who : List.of("a", "b")) {
                    String clause = "{\"clauseId\": \"c" + round + who + "\", \"number\": \"" + round + who
                            + "\", \"title\": \"Punkt\", \"text\": \"Tekst\"}";
                    String basedOn = etag;
                    responses.add(clients.submit(() -> {
                        start.await();
                        return send("POST", "/versions/1/clauses", clause, basedOn);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> response : responses) {
                    HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
                    statuses.add(answer.statusCode());
                    if (answer.statusCode() == 204) {
                        etag = answer.headers().firstValue("ETag").orElseThrow();
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(204, 412);
                assertThat(events(registry, idFrom(base))).as("round " + round).hasSize(before + 1);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private void change(String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body, etag);
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(204);
        String next = response.headers().firstValue("ETag").orElseThrow();
        assertThat(Long.parseLong(next.replace("\"", ""))).isGreaterThan(Long.parseLong(etag.replace("\"", "")));
        etag = next;
    }

    private HttpResponse<String> send(String method, String path, String body, String ifMatch) {
        String contentType = body == null ? null : "application/json";
        return ifMatch == null ? registry.as("secretary").send(method, base + path, contentType, body)
                : registry.as("secretary").send(method, base + path, contentType, body, "If-Match", ifMatch);
    }
}
