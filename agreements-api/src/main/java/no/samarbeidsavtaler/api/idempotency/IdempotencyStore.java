package no.samarbeidsavtaler.api.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The {@code idempotency_keys} collection. Every access is an exact {@code _id} lookup or a
 * compare-and-set on {@code _id} plus a field (the embedded server uses only the {@code _id} index).
 * The insert of a new key is the lock: of two concurrent first requests, one wins the insert.
 * Expiry is checked on read. Expired keys are deleted by {@link #purgeExpired()} (scheduled by
 * {@link IdempotencyKeyPurge}) and, on a real MongoDB, by a TTL index as well.
 */
public class IdempotencyStore {

    public static final String COLLECTION = "idempotency_keys";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final MongoCollection<Document> keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyStore(MongoDatabase database, IdempotencyProperties properties, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.properties = properties;
        this.clock = clock;
    }

    /** Real MongoDB only: the embedded server ignores TTL (and all non-unique) indexes. */
    public void ensureTtlIndex() {
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * Deletes the keys whose time is up ({@code expiresAt} not after now, as {@link #claim} reads expiry). The
     * embedded server ignores TTL indexes, so without this its key collection only ever grew. A filter on a
     * field other than {@code _id} scans the collection there; it runs once an hour. A key taken over by a
     * retry meanwhile has a new {@code expiresAt} and is not matched.
     *
     * @return how many keys were deleted
     */
    public long purgeExpired() {
        return keys.deleteMany(lte("expiresAt", Date.from(clock.instant()))).getDeletedCount();
    }

    Claim claim(String id, String requestHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            try {
                keys.insertOne(fresh(id, requestHash, now));
                return new Claim.Acquired();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = keys.find(eq("_id", id)).first();
            if (existing == null) {
                continue; // released in between: try the insert again
            }
            Instant createdAt = existing.getDate("createdAt").toInstant();
            boolean expired = !createdAt.plus(properties.ttl()).isAfter(now);
            boolean abandoned = IN_PROGRESS.equals(existing.getString("state"))
                    && !createdAt.plus(properties.inProgressTimeout()).isAfter(now);
            if (expired || abandoned) {
                // Compare-and-set on the old createdAt: of two retries, only one takes the key over.
                if (keys.findOneAndReplace(and(eq("_id", id), eq("createdAt", Date.from(createdAt))),
                        fresh(id, requestHash, now)) != null) {
                    return new Claim.Acquired();
                }
                continue;
            }
            if (!requestHash.equals(existing.getString("requestHash"))) {
                return new Claim.Mismatch();
            }
            if (IN_PROGRESS.equals(existing.getString("state"))) {
                return new Claim.InProgress();
            }
            return new Claim.Replay(StoredResponse.fromDocument(existing.get("response", Document.class)));
        }
        return new Claim.InProgress();
    }

    void complete(String id, StoredResponse response) {
        keys.updateOne(eq("_id", id), Updates.combine(Updates.set("state", COMPLETED),
                Updates.set("response", response.toDocument())));
    }

    /** Forgets a key whose request failed on our side (5xx), so the client's retry runs again. */
    void release(String id) {
        keys.deleteOne(and(eq("_id", id), eq("state", IN_PROGRESS)));
    }

    private Document fresh(String id, String requestHash, Instant now) {
        return new Document("_id", id)
                .append("requestHash", requestHash)
                .append("state", IN_PROGRESS)
                .append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(now.plus(properties.ttl())));
    }

    Duration ttl() {
        return properties.ttl();
    }
}
