package no.samarbeidsavtaler.infra.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes anchors (ADR 0003): each covers the positions after the previous anchor, up to the first position
 * that has no document yet, with the {@link PositionChain} root. A plain class: the application calls
 * {@link #anchorIfDue()} on a schedule, tests call {@link #anchorNow()}. Several nodes may run it: anchor
 * numbers are unique ids, so a racing anchorer loses cleanly.
 *
 * <p>It never anchors a document whose stored hash does not match its content (that would bless a tampered
 * document): it stops before it and logs an error until someone has looked.
 */
public class EventStoreAnchorer {

    private static final Logger log = LoggerFactory.getLogger(EventStoreAnchorer.class);
    /** Bounds one run on a large unanchored store; the next run continues. */
    static final int MAX_POSITIONS_PER_ANCHOR = 100_000;

    private final StoreCollections store;
    private final AnchorStore anchors;
    private final Clock clock;
    private final long everyPositions;
    private final Duration every;

    /**
     * @param everyPositions {@link #anchorIfDue()} anchors once this many positions are unanchored …
     * @param every          … or once the newest anchor is this old and anything is unanchored
     */
    public EventStoreAnchorer(StoreCollections store, Clock clock, long everyPositions, Duration every) {
        this.store = store;
        this.anchors = new AnchorStore(store);
        this.clock = clock;
        this.everyPositions = everyPositions;
        this.every = every;
    }

    /** Anchors when due: {@code everyPositions} new positions, or {@code every} since the newest anchor. */
    public AnchorResult anchorIfDue() {
        long lastNumber = anchors.lastNumber();
        BsonDocument last = lastNumber == 0 ? null : anchors.read(lastNumber);
        long anchoredUpTo = last == null ? 0 : Anchor.fromDocument(last).upToPosition();
        long unanchored = store.highestAllocated() - anchoredUpTo;
        boolean old = last == null
                || !Anchor.fromDocument(last).createdAt().plus(every).isAfter(clock.instant());
        if (unanchored >= everyPositions || (unanchored > 0 && old)) {
            return anchorNow();
        }
        return new AnchorResult(AnchorResult.Outcome.NOTHING_TO_DO, last == null ? null : Anchor.fromDocument(last),
                null, unanchored + " unanchored positions; not due");
    }

    /** Anchors everything that can be anchored now. */
    public AnchorResult anchorNow() {
        Instant now = clock.instant();
        long lastNumber = anchors.lastNumber();
        Anchor previous = null;
        if (lastNumber > 0) {
            BsonDocument document = anchors.read(lastNumber);
            if (document == null) {
                return blocked(null, null, "anchor " + lastNumber + " named by the pointer is missing; "
                        + "the anchor chain is damaged and needs an auditor (run the verifier)");
            }
            previous = Anchor.fromDocument(document);
            if (previous.hash() == null || !previous.hash().equals(DocumentHash.of(document))) {
                return blocked(previous, null, "anchor " + lastNumber + " does not match its own hash; "
                        + "the anchor chain is damaged and needs an auditor (run the verifier)");
            }
        }
        long from = previous == null ? 1 : previous.upToPosition() + 1;
        String root = previous == null ? DocumentHash.GENESIS : previous.rootHash();
        long limit = Math.min(store.highestAllocated(), from + MAX_POSITIONS_PER_ANCHOR - 1);
        long upTo = from - 1;
        Long stoppedAt = null;
        String stopReason = null;
        scan:
        for (long batch = from; batch <= limit; batch += StoreCollections.BATCH) {
            TreeMap<Long, BsonDocument> found = store.positions(batch, Math.min(limit, batch + StoreCollections.BATCH - 1));
            for (long position = batch; position <= Math.min(limit, batch + StoreCollections.BATCH - 1); position++) {
                BsonDocument document = found.get(position);
                if (document == null) {
                    stoppedAt = position;
                    stopReason = "no document yet (append in flight, or a gap readers have not fenced)";
                    break scan;
                }
                String leaf = DocumentHash.of(document);
                if (document.containsKey(EventFields.HASH)
                        && !leaf.equals(document.getString(EventFields.HASH).getValue())) {
                    stoppedAt = position;
                    stopReason = "stored hash does not match the document's content; not anchoring it";
                    log.error("Anchoring stopped at position {}: {}. Run the event store verifier.", position, stopReason);
                    break scan;
                }
                root = PositionChain.next(root, leaf);
                upTo = position;
            }
        }
        if (upTo < from) {
            return stoppedAt == null
                    ? new AnchorResult(AnchorResult.Outcome.NOTHING_TO_DO, previous, null, "nothing new to anchor")
                    : blocked(previous, stoppedAt, stopReason);
        }
        Anchor anchor = Anchor.create(lastNumber + 1, from, upTo,
                previous == null ? DocumentHash.GENESIS : previous.hash(), root, now);
        if (!anchors.insert(anchor)) {
            return new AnchorResult(AnchorResult.Outcome.LOST_RACE, previous, stoppedAt,
                    "another anchorer wrote anchor " + anchor.number() + " first");
        }
        log.info("Anchor {} covers positions {}-{}: {}", anchor.number(), from, upTo, anchor.hash());
        return new AnchorResult(AnchorResult.Outcome.ANCHORED, anchor, stoppedAt,
                stoppedAt == null ? "anchored up to the counter" : "stopped at " + stoppedAt + ": " + stopReason);
    }

    private static AnchorResult blocked(Anchor previous, Long stoppedAt, String detail) {
        return new AnchorResult(AnchorResult.Outcome.BLOCKED, previous, stoppedAt, detail);
    }
}
