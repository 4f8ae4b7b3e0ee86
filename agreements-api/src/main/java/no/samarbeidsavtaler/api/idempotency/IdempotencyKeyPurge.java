package no.samarbeidsavtaler.api.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired idempotency keys every {@code agreements.api.idempotency.purge-interval} (default one hour),
 * on every node: on the embedded store nothing else does, and on a real MongoDB it is a cheap indexed delete
 * beside the TTL monitor.
 */
@Component
public class IdempotencyKeyPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyStore store;

    public IdempotencyKeyPurge(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(fixedDelayString = "${agreements.api.idempotency.purge-interval:PT1H}",
            initialDelayString = "${agreements.api.idempotency.purge-interval:PT1H}")
    public void purge() {
        long deleted = store.purgeExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} expired idempotency keys", deleted);
        }
    }
}
