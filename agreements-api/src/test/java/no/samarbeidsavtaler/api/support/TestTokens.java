package no.samarbeidsavtaler.api.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * JWTs signed with a key made for this test run, and the decoder that trusts exactly that key: the
 * OIDC login path is exercised end to end without any identity provider or network.
 */
public final class TestTokens {

    public static final String ISSUER = "https://helseid.test.invalid";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** A token for {@code subject} with the given claims, valid for five minutes. */
    public static String token(String subject, Map<String, Object> claims) {
        return sign(KEYS, subject, claims, Instant.now().plusSeconds(300));
    }

    public static String expiredToken(String subject, Map<String, Object> claims) {
        return sign(KEYS, subject, claims, Instant.now().minusSeconds(600));
    }

    public static String tokenSignedByAnotherKey(String subject, Map<String, Object> claims) {
        return sign(OTHER_KEYS, subject, claims, Instant.now().plusSeconds(300));
    }

    private static String sign(KeyPair keys, String subject, Map<String, Object> claims, Instant expiry) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                .issueTime(Date.from(expiry.minusSeconds(600))).expirationTime(Date.from(expiry));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Added to the application under test: JWT login trusting only {@link #KEYS}. */
    @Configuration(proxyBeanMethods = false)
    public static class DecoderConfiguration {
        @Bean
        public JwtDecoder jwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }
}
