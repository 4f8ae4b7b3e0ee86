package no.samarbeidsavtaler.infra.integrity;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Recomputes the event store's hash chains and anchors (ADR 0003) and names every altered, inserted or
 * deleted document. Read-only. For the auditor endpoint and {@link VerifyEventStore}.
 *
 * <ul>
 *   <li>{@link #verifyAgreement}: one agreement's stream (hashes, links, sequence holes). Cheap: exact key
 *       reads of that stream only. Cannot see its newest events being deleted.</li>
 *   <li>{@link #verifyStore}: every position and every anchor. Reads the whole store (in {@code $in} batches
 *       of 500 positions); keeps one small entry per stream in memory.</li>
 * </ul>
 */
public class ChainVerifier {

    /**
     * How old a later position must be before an unanchored position without a document counts as MISSING
     * rather than an append in flight: twice the engine's default gap timeout (60 s), so readers have had
     * time to fence abandoned allocations with voids.
     */
    public static final Duration DEFAULT_SETTLE_TIME = Duration.ofMinutes(2);

    private final StoreCollections store;
    private final Clock clock;
    private final Duration settleTime;

    public ChainVerifier(StoreCollections store, Clock clock, Duration settleTime) {
        this.store = store;
        this.clock = clock;
        this.settleTime = settleTime;
    }

    /** The default collection names, the system clock and {@link #DEFAULT_SETTLE_TIME}. */
    public static ChainVerifier forDatabase(MongoDatabase database) {
        return new ChainVerifier(StoreCollections.defaults(database), Clock.systemUTC(), DEFAULT_SETTLE_TIME);
    }

    /** One agreement, i.e. the event stream of the aggregate with this identifier. */
    public VerificationReport verifyAgreement(String aggregateId) {
        return new AgreementScan(store, clock).run(aggregateId);
    }

    public VerificationReport verifyStore(VerificationProgress progress) {
        return verifyStore(progress, Map.of());
    }

    /**
     * @param trustedAnchorHashes anchor number → anchor hash as recorded outside the database (published,
     *                            printed, sent to the auditor); a mismatch means the store was rewritten
     */
    public VerificationReport verifyStore(VerificationProgress progress, Map<Long, String> trustedAnchorHashes) {
        return new StoreScan(store, clock, settleTime).run(progress, trustedAnchorHashes);
    }
}
