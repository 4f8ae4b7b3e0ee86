package no.samarbeidsavtaler.api.security;

import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every kind of user, against an agreement of Helse Fonna HF, over HTTP. A new
 * endpoint is one more {@link Endpoint} row naming who may use it; the expected answer per user
 * follows from the row's rule. "Allowed" means the request got past authorization (any status but
 * 401/403: the domain may still refuse it with 409/412/422); "denied" means exactly 403.
 */
@ExtendWith(UsesSharedRegistry.class)
class AuthorizationMatrixTest {

    static RunningRegistry registry;
    private static String agreement;

    /** Who may use an endpoint. */
    enum Rule {
        ANY_ROLE,
        SECRETARY_FOR_THE_AGREEMENTS_TRUST,
        /** History, as-recorded-at, exports, verification. */
        AUDITOR_OR_ADMIN,
        /** Projection rebuilds and checks. */
        ADMIN_ONLY,
        /** Imports: administrators, and secretaries for the trust of every agreement in the bundle. */
        ADMIN_OR_SECRETARY_FOR_THE_TRUST
    }

    /** The kinds of user; "in scope" means scoped to Helse Fonna HF, directly or through Helse Vest RHF. */
    enum User {
        ANONYMOUS(null, false, false),
        SECRETARY_OF_THE_TRUST("secretary", true, true),
        SECRETARY_OF_THE_REGION("secretary-vest", true, true),
        SECRETARY_OF_ANOTHER_TRUST("secretary-bergen", true, false),
        SECRETARY_OF_ANOTHER_REGION("secretary-nord", true, false),
        MANAGER("manager", false, false),
        AUDITOR("auditor", false, false),
        ADMIN("admin", false, false);

        final String username;
        final boolean secretary;
        final boolean inScope;

        User(String username, boolean secretary, boolean inScope) {
            this.username = username;
            this.secretary = secretary;
            this.inScope = inScope;
        }

        boolean allowed(Rule rule) {
            return switch (rule) {
                case ANY_ROLE -> this != ANONYMOUS;
                case SECRETARY_FOR_THE_AGREEMENTS_TRUST -> secretary && inScope;
                case AUDITOR_OR_ADMIN -> this == AUDITOR || this == ADMIN;
                case ADMIN_ONLY -> this == ADMIN;
                case ADMIN_OR_SECRETARY_FOR_THE_TRUST -> this == ADMIN || secretary && inScope;
            };
        }
    }

    /** One row per endpoint; {@code {id}} is the Helse Fonna agreement. */
    record Endpoint(String method, String path, String body, Rule rule) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String PARTY = "{\"kind\": \"MUNICIPALITY\", \"id\": \"4618\"}";

    /** One Helse Fonna agreement in the import format; the first allowed user imports it, later ones get 409. */
    static final String IMPORT_BUNDLE = """
            {"format": "samarbeidsavtaler-bundle", "formatVersion": 1, "agreements": [{"agreementId": "matrix-import",
             "commands": [{"type": "RegisterAgreement", "payload": {"agreementId": "matrix-import", "kind": "OVERALL",
             "title": "Importert", "healthTrust": "983974694", "municipalities": ["4618"], "statutoryPoints": [1]}}]}]}""";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/parties/health-trusts", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/parties/health-trusts/983974694", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/parties/municipalities", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/parties/municipalities/1228", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/parties/user-organisations", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/agreements/{id}", null, Rule.ANY_ROLE),
            new Endpoint("POST", "/api/agreements", overall(HELSE_FONNA), Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions", null, Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/clauses",
                    "{\"clauseId\": \"m1\", \"number\": \"1\", \"title\": \"T\", \"text\": \"Tekst\"}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("PUT", "/api/agreements/{id}/versions/1/clauses/m1",
                    "{\"number\": \"1\", \"title\": \"T2\", \"text\": \"Tekst\"}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/clauses/m1/withdrawal", "{}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/clauses/m1/assignments",
                    "{\"assignmentId\": \"a1\", \"assignment\": {\"cell\": {\"category\": \"PREVENTIVE_HEALTHY_LIFE\"}, \"party\": "
                            + PARTY + ", \"role\": \"RESPONSIBLE\", \"municipalities\": []}}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("PUT", "/api/agreements/{id}/versions/1/clauses/m1/assignments/a1",
                    "{\"assignment\": {\"cell\": {\"category\": \"PREVENTIVE_HEALTHY_LIFE\"}, \"party\": " + PARTY
                            + ", \"role\": \"CONTRIBUTOR\", \"municipalities\": []}}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/clauses/m1/assignments/a1/withdrawal", "{}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/clauses/m1/assignments/a1/offering-established",
                    "{\"establishedOn\": \"2018-01-15\"}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/negotiation", "{\"negotiatedOn\": \"2016-08-31\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/adoptions", "{\"party\": " + PARTY
                    + ", \"forum\": \"MUNICIPAL_COUNCIL\", \"caseNumber\": \"16/845\", \"decidedOn\": \"2016-09-29\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/signatures", "{\"party\": " + PARTY
                    + ", \"signatory\": \"Ordfører\", \"signedOn\": \"2016-09-30\"}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/entry-into-force", "{\"effectiveFrom\": \"2016-10-01\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/corrections/adoption", "{\"party\": " + PARTY
                    + ", \"caseNumber\": \"16/854\", \"decidedOn\": \"2016-09-29\", \"reason\": \"Feil saksnummer\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/corrections/signature", "{\"party\": " + PARTY
                    + ", \"signatory\": \"Varaordfører\", \"signedOn\": \"2016-09-30\", \"reason\": \"Feil signatar\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/corrections/effective-date",
                    "{\"effectiveFrom\": \"2016-11-01\", \"reason\": \"Utsatt\"}", Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/versions/1/discard", "{\"reason\": \"Utsatt\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/review-date", "{\"reviewDueOn\": \"2027-06-30\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            new Endpoint("POST", "/api/agreements/{id}/termination", "{\"terminatedOn\": \"2030-12-31\", \"reason\": \"Test\"}",
                    Rule.SECRETARY_FOR_THE_AGREEMENTS_TRUST),
            // Read side, exports, import, admin (readside/, exports/, imports/, admin/ packages).
            new Endpoint("GET", "/api/agreements/{id}/view", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/agreements/{id}/versions/1", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/responsibility?healthTrust=983974694&category=DIAGNOSIS_SPECIFIC_GROUP", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/regions/983974694/matrix", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/regions/983974694/report", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/agreements/{id}/history", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/agreements/{id}/history.jsonl", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/agreements/{id}/diff?from=1&to=1", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/agreements/{id}/as-recorded?at=2999-01-01T00:00:00Z", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/regions/983974694/matrix/as-recorded?at=2999-01-01T00:00:00Z", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/audit/integrity?agreementId={id}", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("GET", "/api/regions/983974694/matrix.csv", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/regions/983974694/matrix.xlsx", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/agreements/{id}/versions/1.pdf", null, Rule.ANY_ROLE),
            new Endpoint("GET", "/api/agreements/{id}/export.json", null, Rule.AUDITOR_OR_ADMIN),
            new Endpoint("POST", "/api/imports", IMPORT_BUNDLE, Rule.ADMIN_OR_SECRETARY_FOR_THE_TRUST),
            // An unknown projection: admins get past authorization (404) without starting a real rebuild.
            new Endpoint("POST", "/api/admin/projections/finnes-ikke/rebuild", null, Rule.ADMIN_ONLY),
            new Endpoint("GET", "/api/admin/projections/finnes-ikke/rebuild", null, Rule.ADMIN_ONLY),
            new Endpoint("POST", "/api/admin/projections/finnes-ikke/consistency-check", null, Rule.ADMIN_ONLY));

    @BeforeAll
    static void anAgreementOfHelseFonna() {
        HttpResponse<String> created = registry.as("secretary").postJson("/api/agreements", overall(HELSE_FONNA));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        agreement = location.substring(location.lastIndexOf('/') + 1);
    }

    static Stream<Arguments> matrix() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(User.values()).map(user -> Arguments.of(endpoint, user)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyThoseTheRuleNamesGetPastAuthorization(Endpoint endpoint, User user) {
        RunningRegistry.Client client = user == User.ANONYMOUS ? registry.anonymous() : registry.as(user.username);
        String path = endpoint.path().replace("{id}", agreement);
        // A stale-or-current If-Match is fine: authorization is decided before the version is looked at.
        HttpResponse<String> response = client.send(endpoint.method(), path,
                endpoint.body() == null ? null : "application/json", endpoint.body(), "If-Match", "\"1\"");

        if (user == User.ANONYMOUS) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        } else if (user.allowed(endpoint.rule())) {
            assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }
}
