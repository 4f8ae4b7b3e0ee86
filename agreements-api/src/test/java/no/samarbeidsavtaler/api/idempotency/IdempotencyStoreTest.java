package no.samarbeidsavtaler.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.samarbeidsavtaler.infra.embedded.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key store's state machine on the embedded server, with a clock we move by hand. */
class IdempotencyStoreTest {

    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/agreements/a-1", "ETag", "\"1\""), "{\"agreementId\":\"a-1\"}");

    private EmbeddedMongoServer server;
    private MongoClient client;
    private final MovableClock clock = new MovableClock(Instant.parse("2024-03-01T09:00:00Z"));
    private IdempotencyStore store;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.startInMemory();
        client = MongoClients.create(server.connectionString());
        store = new IdempotencyStore(client.getDatabase("test"),
                new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(2)), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theFirstClaimWinsAndASecondWhileRunningIsInProgress() {
        assertThat(store.claim("secretary:k1", "hash-a")).isInstanceOf(Claim.Acquired.class);
        assertThat(store.claim("secretary:k1", "hash-a")).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void aCompletedKeyReplaysItsResponseForTheSameRequestOnly() {
        store.claim("secretary:k1", "hash-a");
        store.complete("secretary:k1", CREATED);

        assertThat(store.claim("secretary:k1", "hash-a")).isEqualTo(new Claim.Replay(CREATED));
        assertThat(store.claim("secretary:k1", "hash-b")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void keysArePerPrincipal() {
        store.claim("secretary:k1", "hash-a");
        assertThat(store.claim("manager:k1", "hash-a")).isInstanceOf(Claim.Acquired.class);
    }

    @Test
    void anExpiredKeyIsForgottenOnRead() {
        store.claim("secretary:k1", "hash-a");
        store.complete("secretary:k1", CREATED);

        clock.advance(Duration.ofHours(24));

        assertThat(store.claim("secretary:k1", "hash-b")).isInstanceOf(Claim.Acquired.class);
    }

    @Test
    void thePurgeDeletesExpiredKeysOnlyAndTheirIdsCanBeUsedAgain() {
        store.claim("secretary:old", "hash-a");
        store.complete("secretary:old", CREATED);
        clock.advance(Duration.ofHours(23));
        store.claim("secretary:recent", "hash-a");
        store.complete("secretary:recent", CREATED);
        clock.advance(Duration.ofHours(1));

        assertThat(store.purgeExpired()).isEqualTo(1);

        assertThat(client.getDatabase("test").getCollection(IdempotencyStore.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(store.claim("secretary:recent", "hash-a")).isEqualTo(new Claim.Replay(CREATED));
        assertThat(store.claim("secretary:old", "hash-b")).isInstanceOf(Claim.Acquired.class);
        assertThat(store.purgeExpired()).as("a key taken over has a new expiry").isZero();
    }

    @Test
    void aRequestStillMarkedRunningAfterTheTimeoutIsTakenOverOnce() {
        store.claim("secretary:k1", "hash-a");
        clock.advance(Duration.ofMinutes(2));

        assertThat(store.claim("secretary:k1", "hash-a")).isInstanceOf(Claim.Acquired.class);
        assertThat(store.claim("secretary:k1", "hash-a")).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        store.claim("secretary:k1", "hash-a");
        store.release("secretary:k1");

        assertThat(store.claim("secretary:k1", "hash-a")).isInstanceOf(Claim.Acquired.class);
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
