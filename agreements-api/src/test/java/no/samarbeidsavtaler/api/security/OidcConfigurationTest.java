package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** JWT login is configured from the issuer property alone, without reaching the issuer at startup. */
class OidcConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, OidcConfiguration.class);

    @Test
    void noIssuerMeansNoJwtLogin() {
        context.run(app -> assertThat(app).doesNotHaveBean(JwtDecoder.class));
        context.withPropertyValues("agreements.security.oidc.issuer-uri=").run(app -> assertThat(app).doesNotHaveBean(JwtDecoder.class));
    }

    @Test
    void anIssuerTurnsItOnWithoutContactingTheIssuer() {
        // .invalid never resolves: creating the decoder must not try.
        context.withPropertyValues("agreements.security.oidc.issuer-uri=https://helseid-sts.test.invalid")
                .run(app -> assertThat(app).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void theIssuerAndTheConfiguredAudienceAreRequired() {
        var oidc = new SecurityProperties.Oidc("https://helseid-sts.nhn.no", "samarbeidsavtaler-api", null, null, null, null, null);
        var validator = OidcConfiguration.validator(oidc);

        assertThat(validator.validate(jwt("https://helseid-sts.nhn.no", List.of("samarbeidsavtaler-api"))).hasErrors()).isFalse();
        assertThat(validator.validate(jwt("https://helseid-sts.nhn.no", List.of("kjernejournal"))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt("https://evil.example", List.of("samarbeidsavtaler-api"))).hasErrors()).isTrue();
    }

    private static Jwt jwt(String issuer, List<String> audience) {
        return new Jwt("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"),
                Map.of("iss", issuer, "aud", audience, "sub", "kari"));
    }
}
