package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.in;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.ALLOCATED_AT;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.ID;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.VOID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.BsonDocument;

/** Head tokens and tokens at a point in time, built from exact {@code _id} lookups only. */
final class TokenFactory {

    private static final int PROBE_WINDOW = 32;

    private final EngineSettings settings;
    private final PositionAllocator allocator;
    private final MongoCollection<BsonDocument> events;

    TokenFactory(EngineSettings settings, PositionAllocator allocator) {
        this.settings = settings;
        this.allocator = allocator;
        this.events = settings.events();
    }

    /** Everything allocated so far counts as read, except positions of the last window not visible yet. */
    GapAwareTrackingToken head() {
        return tokenBefore(allocator.highestAllocated() + 1);
    }

    /**
     * A token from which reading starts at the first position allocated at or after {@code instant}.
     * Allocation times grow with positions (one clock, one counter), so a binary search over positions
     * finds it; a probe reads a small {@code $in} window because single positions may be gaps or voids.
     */
    GapAwareTrackingToken at(Instant instant) {
        long head = allocator.highestAllocated();
        long low = 1;
        long high = head + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            BsonDocument first = firstVisibleFrom(middle, high - 1);
            if (first == null || !TokenAdvance.allocatedAt(first).isBefore(instant)) {
                high = middle;
            } else {
                low = first.getNumber(ID).longValue() + 1;
            }
        }
        return tokenBefore(low);
    }

    /**
     * A token after which {@code next} is the next position to read. Positions of the window below it that
     * are not visible yet become gaps, so events still being inserted there are not skipped.
     */
    private GapAwareTrackingToken tokenBefore(long next) {
        long windowStart = Math.max(1, next - settings.batchSize());
        TreeSet<Long> visible = new TreeSet<>();
        for (BsonDocument document : find(windowStart, next - 1)) {
            visible.add(document.getNumber(ID).longValue());
        }
        if (visible.isEmpty()) {
            return new GapAwareTrackingToken(windowStart - 1, List.of());
        }
        long index = visible.last();
        List<Long> gaps = new ArrayList<>();
        for (long position = windowStart; position < index; position++) {
            if (!visible.contains(position)) {
                gaps.add(position);
            }
        }
        return new GapAwareTrackingToken(index, gaps);
    }

    /**
     * The lowest stored event in {@code [from, limit]}, probing windows that double. Voids are skipped: a
     * reader's void carries the time it was fenced, not allocated.
     */
    private BsonDocument firstVisibleFrom(long from, long limit) {
        long start = from;
        int window = PROBE_WINDOW;
        while (start <= limit) {
            long end = Math.min(limit, start + window - 1);
            BsonDocument lowest = null;
            for (BsonDocument document : find(start, end)) {
                if (document.containsKey(VOID)) {
                    continue;
                }
                if (lowest == null || document.getNumber(ID).longValue() < lowest.getNumber(ID).longValue()) {
                    lowest = document;
                }
            }
            if (lowest != null) {
                return lowest;
            }
            start = end + 1;
            window = Math.min(window * 2, 1024);
        }
        return null;
    }

    private Iterable<BsonDocument> find(long from, long to) {
        List<Long> positions = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            positions.add(position);
        }
        if (positions.isEmpty()) {
            return List.of();
        }
        return events.find(in(ID, positions)).projection(Projections.include(ALLOCATED_AT, VOID));
    }
}
