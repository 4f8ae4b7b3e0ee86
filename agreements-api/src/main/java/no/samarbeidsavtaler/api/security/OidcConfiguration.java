package no.samarbeidsavtaler.api.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * JWT login against the configured issuer. The issuer's metadata and keys are fetched on the first
 * token, not at startup, so the registry starts even while the identity provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfiguration.IssuerConfigured.class)
public class OidcConfiguration {

    @Bean
    public JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            decoder.setJwtValidator(validator(oidc));
            return decoder;
        });
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties.Oidc oidc) {
        OAuth2TokenValidator<Jwt> standard = JwtValidators.createDefaultWithIssuer(oidc.issuerUri());
        if (oidc.audience() == null || oidc.audience().isBlank()) {
            return standard;
        }
        JwtClaimValidator<List<String>> audience = new JwtClaimValidator<>("aud",
                aud -> aud != null && aud.contains(oidc.audience()));
        return new DelegatingOAuth2TokenValidator<>(standard, audience);
    }

    /** Blank counts as not configured (the properties file binds it from an environment variable). */
    static class IssuerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("agreements.security.oidc.issuer-uri");
            return issuer != null && !issuer.isBlank();
        }
    }
}
