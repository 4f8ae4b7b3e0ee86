package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;

/** HelseID-style claims to an Actor, with configurable claim names. */
class JwtActorConverterTest {

    private static final SecurityProperties.Oidc HELSE_ID = new SecurityProperties.Oidc(
            "https://helseid-sts.nhn.no", null, null, "role", "samarbeidsavtaler/", "helseforetak", "rhf");

    @Test
    void mapsSubjectRolesTrustsAndRegions() {
        Jwt jwt = jwt(Map.of("sub", "kari", "role", List.of("samarbeidsavtaler/secretary", "samarbeidsavtaler/auditor"),
                "helseforetak", List.of("983974694"), "rhf", "Helse Vest RHF"));

        var authentication = new JwtActorConverter(HELSE_ID).convert(jwt);

        Actor actor = (Actor) authentication.getPrincipal();
        assertThat(actor.id()).isEqualTo("kari");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.SECRETARY, Role.AUDITOR);
        assertThat(actor.healthTrusts()).containsExactly("983974694");
        assertThat(actor.regions()).containsExactly("Helse Vest RHF");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_SECRETARY", "ROLE_AUDITOR");
        assertThat(authentication.getName()).isEqualTo("kari");
    }

    @Test
    void aSingleRoleStringAndUnknownRolesForOtherSystemsAreHandled() {
        Actor single = actor(jwt(Map.of("sub", "ola", "role", "samarbeidsavtaler/manager")));
        Actor foreign = actor(jwt(Map.of("sub", "ola", "role", List.of("kjernejournal/lege", "samarbeidsavtaler/admin"))));

        assertThat(single.roles()).containsExactly(Role.MANAGER);
        assertThat(foreign.roles()).containsExactly(Role.ADMIN);
        assertThat(foreign.healthTrusts()).isEmpty();
    }

    @Test
    void claimNamesAreConfigurable() {
        var custom = new SecurityProperties.Oidc("https://idp", null, "pid", "groups", null, "orgs", "regions");

        Actor actor = (Actor) new JwtActorConverter(custom).convert(jwt(Map.of("sub", "pseudonym", "pid", "12345678901",
                "groups", List.of("SECRETARY"), "orgs", List.of("983974724")))).getPrincipal();

        assertThat(actor.id()).isEqualTo("12345678901");
        assertThat(actor.roles()).containsExactly(Role.SECRETARY);
        assertThat(actor.healthTrusts()).containsExactly("983974724");
    }

    @Test
    void aTokenWithoutTheActorClaimIsRefused() {
        assertThatThrownBy(() -> new JwtActorConverter(HELSE_ID).convert(jwt(Map.of("role", "samarbeidsavtaler/manager", "x", 1))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static Actor actor(Jwt jwt) {
        return (Actor) new JwtActorConverter(HELSE_ID).convert(jwt).getPrincipal();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}
