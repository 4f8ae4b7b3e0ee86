package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String demoHash = bcrypt.encode("demo");
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    private VerifiedPasswordCache cacheAt(Instant instant) {
        return new VerifiedPasswordCache(counting, Duration.ofMinutes(5), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aVerifiedPasswordIsNotCheckedWithBcryptAgainWithinTheTimeToLive() {
        VerifiedPasswordCache cache = cacheAt(NOW);
        assertThat(cache.matches("demo", demoHash)).isTrue();
        assertThat(cache.matches("demo", demoHash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedWithBcryptAndNeverRemembered() {
        VerifiedPasswordCache cache = cacheAt(NOW);
        cache.matches("demo", demoHash);
        assertThat(cache.matches("wrong", demoHash)).isFalse();
        assertThat(cache.matches("wrong", demoHash)).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aNewPasswordHashIsVerifiedAfresh() {
        VerifiedPasswordCache cache = cacheAt(NOW);
        cache.matches("demo", demoHash);
        String changed = bcrypt.encode("demo");
        assertThat(cache.matches("demo", changed)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void theMemoryExpires() {
        Clock[] clock = {Clock.fixed(NOW, ZoneOffset.UTC)};
        VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, Duration.ofMinutes(5), new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        });
        cache.matches("demo", demoHash);
        clock[0] = Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        cache.matches("demo", demoHash);
        assertThat(bcryptChecks).hasValue(2);
    }
}
