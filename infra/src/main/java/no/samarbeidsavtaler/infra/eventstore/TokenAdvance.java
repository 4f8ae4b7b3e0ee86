package no.samarbeidsavtaler.infra.eventstore;

import static no.samarbeidsavtaler.infra.eventstore.EventFields.ALLOCATED_AT;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.VOID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;

/**
 * Moves a gap-aware token over the documents one batch found, without touching the database. Reports
 * the positions it gave up on (expired gaps, gaps beyond maxGapOffset) so the reader can fence them
 * before the result is used.
 */
final class TokenAdvance {

    record Result(List<TrackedEventData<String>> events, GapAwareTrackingToken token, SortedSet<Long> dropped) {
    }

    private TokenAdvance() {
    }

    /**
     * @param found     documents by position: gaps and window positions that are visible, and witnesses
     * @param witnesses positions just above each run of gaps (already read; see TrackingReader)
     * @param now       clock reading taken before the documents were read
     */
    static Result apply(GapAwareTrackingToken start, NavigableMap<Long, BsonDocument> found, Set<Long> witnesses,
                        Instant now, EngineSettings settings) {
        GapAwareTrackingToken current = start;
        List<TrackedEventData<String>> events = new ArrayList<>();
        SortedSet<Long> dropped = new TreeSet<>();
        // Ascending order matters: a gap found in this batch is delivered before a witness above it expires
        // the gaps below it.
        for (var entry : found.entrySet()) {
            long position = entry.getKey();
            BsonDocument document = entry.getValue();
            boolean expired = settings.isExpired(allocatedAt(document), now);
            if (witnesses.contains(position)) {
                current = expired ? truncate(current, position, dropped) : current;
                continue;
            }
            current = advance(current, position, settings.maxGapOffset(), dropped);
            if (expired) {
                current = truncate(current, position, dropped);
            }
            if (!document.getBoolean(VOID, BsonBoolean.FALSE).getValue()) {
                events.add(StoredEvent.fromDocument(document).tracked(current));
            }
        }
        return new Result(events, current, dropped);
    }

    /** Gaps below {@code position} are dead: a position allocated later is older than the gap timeout. */
    private static GapAwareTrackingToken truncate(GapAwareTrackingToken token, long position, SortedSet<Long> dropped) {
        GapAwareTrackingToken truncated = token.withGapsTruncatedAt(position);
        for (Long gap : token.getGaps()) {
            if (!truncated.getGaps().contains(gap)) {
                dropped.add(gap);
            }
        }
        return truncated;
    }

    /** Axon's advance; also records positions it skipped without keeping them as gaps (maxGapOffset). */
    private static GapAwareTrackingToken advance(GapAwareTrackingToken token, long position, int maxGapOffset,
                                                 SortedSet<Long> dropped) {
        GapAwareTrackingToken advanced = token.advanceTo(position, maxGapOffset);
        SortedSet<Long> kept = advanced.getGaps();
        for (Long gap : token.getGaps()) {
            if (gap != position && !kept.contains(gap)) {
                dropped.add(gap);
            }
        }
        for (long skipped = token.getIndex() + 1; skipped < position; skipped++) {
            if (!kept.contains(skipped)) {
                dropped.add(skipped);
            }
        }
        return advanced;
    }

    static Instant allocatedAt(BsonDocument document) {
        return Instant.ofEpochMilli(document.getDateTime(ALLOCATED_AT).getValue());
    }
}
