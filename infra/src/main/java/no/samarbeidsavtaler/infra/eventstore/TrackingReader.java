package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.in;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;

/**
 * Reads the global stream for tracking processors with exact {@code _id $in} lookups and Axon's
 * {@link GapAwareTrackingToken}. A position that is allocated but not visible becomes a gap and is
 * looked up again on every batch, so a late insert is never skipped. A gap is dropped only when a position
 * above it is known to have been allocated more than the gap timeout ago: the writer deadline guarantees
 * no insert can still land in it. See ADR 0002 for the argument.
 */
final class TrackingReader {

    private final EngineSettings settings;
    private final PositionAllocator allocator;
    private final MongoCollection<BsonDocument> events;

    TrackingReader(EngineSettings settings, PositionAllocator allocator) {
        this.settings = settings;
        this.allocator = allocator;
        this.events = settings.events();
    }

    /** One batch: events in position order, each with the token just after it, and the token after the batch. */
    record Batch(List<TrackedEventData<String>> events, GapAwareTrackingToken endToken, boolean moreAllocated) {
    }

    /**
     * Lazily reads batch after batch while each yields events and more positions are allocated: a processor
     * catching up gets one long stream; a caught-up one gets a short (possibly empty) stream and asks again.
     */
    Stream<TrackedEventData<String>> stream(GapAwareTrackingToken start) {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<TrackedEventData<String>>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private final Deque<TrackedEventData<String>> buffer = new ArrayDeque<>();
            private GapAwareTrackingToken token = start;
            private boolean exhausted;

            @Override
            public boolean tryAdvance(Consumer<? super TrackedEventData<String>> action) {
                while (buffer.isEmpty()) {
                    if (exhausted) {
                        return false;
                    }
                    Batch batch = read(token);
                    token = batch.endToken();
                    buffer.addAll(batch.events());
                    exhausted = batch.events().isEmpty() || !batch.moreAllocated();
                }
                action.accept(buffer.poll());
                return true;
            }
        }, false);
    }

    Batch read(GapAwareTrackingToken token) {
        // The clock is read before the lookups: a gap may only be given up if its deadline had passed
        // before the lookup that still found it empty.
        Instant now = settings.clock().instant();
        long head = allocator.highestAllocated();
        List<TrackedEventData<String>> out = new ArrayList<>();
        SortedSet<Long> witnesses = witnesses(token.getGaps());
        TreeSet<Long> positions = new TreeSet<>(token.getGaps());
        positions.addAll(witnesses);
        long windowEnd = Math.min(token.getIndex() + settings.batchSize(), head);
        addRange(positions, token.getIndex() + 1, windowEnd);
        GapAwareTrackingToken current = apply(token, fetch(positions), witnesses, now, out);
        // A run of crashed or voided allocations yields no event; keep scanning (bounded) so it never stalls.
        int windowsLeft = Math.max(1, settings.maxGapOffset() / settings.batchSize());
        while (out.isEmpty() && windowEnd < head && windowsLeft-- > 0) {
            long windowStart = windowEnd + 1;
            windowEnd = Math.min(windowEnd + settings.batchSize(), head);
            TreeSet<Long> window = new TreeSet<>();
            addRange(window, windowStart, windowEnd);
            current = apply(current, fetch(window), Set.of(), now, out);
        }
        return new Batch(out, current, windowEnd < head);
    }

    /**
     * For each run of consecutive gaps, the position just above it. Gaps are only ever dropped as a
     * prefix, so that position was read before and holds an event or void: its allocation time bounds
     * the allocation time of every gap below it. Re-reading it lets old gaps expire while new events keep
     * arriving (the newest events are always young).
     */
    private static SortedSet<Long> witnesses(SortedSet<Long> gaps) {
        TreeSet<Long> witnesses = new TreeSet<>();
        Long previous = null;
        for (Long gap : gaps) {
            if (previous != null && gap != previous + 1) {
                witnesses.add(previous + 1);
            }
            previous = gap;
        }
        if (previous != null) {
            witnesses.add(previous + 1);
        }
        return witnesses;
    }

    private GapAwareTrackingToken apply(GapAwareTrackingToken token, TreeMap<Long, BsonDocument> found,
                                        Set<Long> witnesses, Instant now, List<TrackedEventData<String>> out) {
        GapAwareTrackingToken current = token;
        // Ascending order matters: a gap found in this batch is delivered before a witness above it expires
        // the gaps below it.
        for (var entry : found.entrySet()) {
            long position = entry.getKey();
            BsonDocument document = entry.getValue();
            boolean expired = settings.isExpired(allocatedAt(document), now);
            if (witnesses.contains(position)) {
                current = expired ? current.withGapsTruncatedAt(position) : current;
                continue;
            }
            current = current.advanceTo(position, settings.maxGapOffset());
            if (expired) {
                current = current.withGapsTruncatedAt(position);
            }
            if (!document.getBoolean(VOID, BsonBoolean.FALSE).getValue()) {
                out.add(StoredEvent.fromDocument(document).tracked(current));
            }
        }
        return current;
    }

    private TreeMap<Long, BsonDocument> fetch(Collection<Long> positions) {
        TreeMap<Long, BsonDocument> byPosition = new TreeMap<>();
        if (positions.isEmpty()) {
            return byPosition;
        }
        for (BsonDocument document : events.find(in(ID, positions))) {
            byPosition.put(document.getNumber(ID).longValue(), document);
        }
        return byPosition;
    }

    private static void addRange(Collection<Long> positions, long from, long to) {
        for (long position = from; position <= to; position++) {
            positions.add(position);
        }
    }

    static Instant allocatedAt(BsonDocument document) {
        return Instant.ofEpochMilli(document.getDateTime(ALLOCATED_AT).getValue());
    }
}
