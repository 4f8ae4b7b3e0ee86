package no.samarbeidsavtaler.api.security;

import static no.samarbeidsavtaler.api.support.Agreements.HELSE_BERGEN;
import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.events;
import static no.samarbeidsavtaler.api.support.Agreements.idFrom;
import static no.samarbeidsavtaler.api.support.Agreements.metaData;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.TestTokens;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bearer JWTs (signed locally, no identity provider) through the real security chain. */
@ExtendWith(UsesSharedRegistry.class)
class JwtLoginTest {

    static RunningRegistry registry;

    @Test
    void aSecretaryTokenRegistersForItsTrustAndIsRecordedAsTheSubject() {
        String token = TestTokens.token("helseid-sub-4711", Map.of("role", List.of("secretary"), "helseforetak", List.of(HELSE_FONNA)));

        HttpResponse<String> created = registry.withToken(token).postJson("/api/agreements", overall(HELSE_FONNA));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = idFrom(created.headers().firstValue("Location").orElseThrow());
        assertThat(events(registry, id)).allSatisfy(event -> assertThat(metaData(event))
                .containsEntry("actorId", "helseid-sub-4711").containsEntry("actorRole", "secretary"));
    }

    @Test
    void theTrustsAndRegionsOfTheTokenScopeTheSecretary() {
        String fonna = TestTokens.token("s1", Map.of("role", "secretary", "helseforetak", HELSE_FONNA));
        String vest = TestTokens.token("s2", Map.of("role", "secretary", "rhf", List.of("Helse Vest RHF")));

        assertThat(registry.withToken(fonna).postJson("/api/agreements", overall(HELSE_BERGEN)).statusCode()).isEqualTo(403);
        assertThat(registry.withToken(vest).postJson("/api/agreements", overall(HELSE_BERGEN)).statusCode()).isEqualTo(201);
    }

    @Test
    void aManagerTokenReadsButCannotRegister() {
        String token = TestTokens.token("m1", Map.of("role", "manager"));

        assertThat(registry.withToken(token).postJson("/api/agreements", overall(HELSE_FONNA)).statusCode()).isEqualTo(403);
        assertThat(registry.withToken(token).get("/api/agreements/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void expiredOrForeignTokensAre401Problems() {
        Map<String, Object> claims = Map.of("role", "secretary", "helseforetak", HELSE_FONNA);
        for (String token : List.of(TestTokens.expiredToken("s1", claims), TestTokens.tokenSignedByAnotherKey("s1", claims), "not-a-jwt")) {
            HttpResponse<String> response = registry.withToken(token).get("/api/agreements/unknown");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("https://samarbeidsavtaler.no/problems/unauthenticated");
            assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
        }
    }
}
