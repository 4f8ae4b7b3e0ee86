package no.samarbeidsavtaler.api.security;

import static no.samarbeidsavtaler.api.support.Agreements.HELSE_BERGEN;
import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.events;
import static no.samarbeidsavtaler.api.support.Agreements.idFrom;
import static no.samarbeidsavtaler.api.support.Agreements.metaData;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static no.samarbeidsavtaler.api.support.Agreements.payloadType;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication, region-scoped authorization, the recorded actor, audit logging and headers, over HTTP. */
@ExtendWith(UsesSharedRegistry.class)
class ApiSecurityTest {

    static RunningRegistry registry;

    @Test
    void withoutCredentialsTheApiAnswers401ProblemWithAChallenge() {
        HttpResponse<String> response = registry.anonymous().get("/api/agreements/any");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Basic realm="));
    }

    @Test
    void aChangeWithoutCredentialsIs401NotACsrfRefusal() {
        HttpResponse<String> response = registry.anonymous().postJson("/api/agreements", overall(HELSE_FONNA));

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
    }

    @Test
    void aWrongPasswordIs401() {
        HttpResponse<String> response = registry.anonymous().get("/api/agreements/any",
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("manager:wrong".getBytes()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Feil brukernavn eller passord");
    }

    @Test
    void aManagerCannotRegister() {
        HttpResponse<String> response = registry.as("manager").postJson("/api/agreements", overall(HELSE_FONNA));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, "forbidden");
    }

    @Test
    void theHelseFonnaSecretaryCannotRegisterForHelseBergenAndNothingIsStored() {
        long before = registry.bean(MongoDatabase.class).getCollection("events").countDocuments();

        HttpResponse<String> response = registry.as("secretary").postJson("/api/agreements", overall(HELSE_BERGEN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(HELSE_BERGEN);
        assertThat(registry.bean(MongoDatabase.class).getCollection("events").countDocuments()).isEqualTo(before);
    }

    @Test
    void aSecretaryOfTheRegionMayRegisterForEveryTrustInIt() {
        assertThat(registry.as("secretary-vest").postJson("/api/agreements", overall(HELSE_BERGEN)).statusCode()).isEqualTo(201);
        assertThat(registry.as("secretary-vest").postJson("/api/agreements", overall(HELSE_FONNA)).statusCode()).isEqualTo(201);
        assertThat(registry.as("secretary-nord").postJson("/api/agreements", overall(HELSE_FONNA)).statusCode()).isEqualTo(403);
    }

    @Test
    void theActorIsTheLoggedInUserAndReasonAndCaseReferenceComeFromTheBody() {
        String body = overall(HELSE_FONNA).replace("}", ", \"reason\": \"Lagt inn fra signert avtale\", \"caseReference\": \"2016/1234\"}");

        HttpResponse<String> created = registry.as("secretary").postJson("/api/agreements", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        List<Document> events = events(registry, idFrom(created.headers().firstValue("Location").orElseThrow()));
        assertThat(events).extracting(e -> payloadType(e)).containsExactly("AgreementRegistered", "DraftVersionOpened");
        for (Document event : events) {
            assertThat(metaData(event)).containsEntry("actorId", "secretary").containsEntry("actorRole", "secretary")
                    .containsEntry("reason", "Lagt inn fra signert avtale").containsEntry("caseReference", "2016/1234");
        }
    }

    @Test
    void aForgedActorInTheBodyIsRefusedAndNothingIsRecorded() {
        long before = registry.bean(MongoDatabase.class).getCollection("events").countDocuments();
        String forged = overall(HELSE_FONNA).replace("}", ", \"actorId\": \"someone-else\", \"actorRole\": \"admin\"}");

        HttpResponse<String> response = registry.as("secretary").postJson("/api/agreements", forged);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "unknown-field");
        assertThat(response.body()).contains("\"field\":\"actorId\"");
        assertThat(registry.bean(MongoDatabase.class).getCollection("events")
                .countDocuments(Filters.eq("metaData.actorId", "someone-else"))).isZero();
        assertThat(registry.bean(MongoDatabase.class).getCollection("events").countDocuments()).isEqualTo(before);
    }

    @Test
    void readsByAnAuditorAreLoggedAndReadsByOthersAreNot() {
        String location = registry.as("secretary").postJson("/api/agreements", overall(HELSE_FONNA))
                .headers().firstValue("Location").orElseThrow();
        var auditReads = registry.bean(MongoDatabase.class).getCollection(AuditReadLog.COLLECTION);

        registry.as("manager").awaitGet(location, r -> r.statusCode() == 200, Duration.ofSeconds(20));
        assertThat(auditReads.countDocuments(Filters.eq("path", location))).isZero();

        HttpResponse<String> read = registry.as("auditor").get(location);

        assertThat(read.statusCode()).isEqualTo(200);
        Document logged = auditReads.find(Filters.eq("path", location)).first();
        assertThat(logged).isNotNull();
        assertThat(logged.getString("actorId")).isEqualTo("auditor");
        assertThat(logged.getString("method")).isEqualTo("GET");
        assertThat(logged.getInteger("status")).isEqualTo(200);
        assertThat(logged.getDate("at")).isNotNull();
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        HttpResponse<String> response = registry.as("manager").get("/api/agreements/any");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void aBrowserPageWithoutLoginIsSentToTheLoginForm() {
        HttpResponse<String> response = registry.anonymous().get("/agreements", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    static void assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://samarbeidsavtaler.no/problems/" + type + "\"");
    }
}
