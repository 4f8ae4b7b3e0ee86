package no.samarbeidsavtaler.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a short while, that a password matched its bcrypt hash. API clients using HTTP
 * Basic send their password with every request, and a bcrypt check costs ~100 ms of CPU: without
 * this, password hashing and not the registry limits throughput (measured 3–10 commands/s).
 * <p>
 * Only successful checks are remembered, so wrong guesses stay as slow as bcrypt makes them. The key
 * is a SHA-256 of the password together with its stored hash: changing a user's password (a new
 * hash) invalidates it, and no password is kept in memory.
 */
public final class VerifiedPasswordCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedPasswordCache(PasswordEncoder delegate, Duration timeToLive, Clock clock) {
        this.delegate = delegate;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear(); // bounded memory; the next requests simply pay bcrypt again
            }
            verifiedUntil.put(key, now.plus(timeToLive));
        } else {
            verifiedUntil.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
