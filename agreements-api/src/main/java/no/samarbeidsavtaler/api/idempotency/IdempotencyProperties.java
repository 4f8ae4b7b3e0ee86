package no.samarbeidsavtaler.api.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agreements.api.idempotency.*}.
 *
 * @param ttl               how long a key and its stored response are honoured (default 24 h)
 * @param inProgressTimeout after this long a request still marked in progress is taken to have died
 *                          with its node, and a retry may run again (default 2 min)
 */
@ConfigurationProperties(prefix = "agreements.api.idempotency")
public record IdempotencyProperties(Duration ttl, Duration inProgressTimeout) {

    public IdempotencyProperties {
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(2) : inProgressTimeout;
    }
}
