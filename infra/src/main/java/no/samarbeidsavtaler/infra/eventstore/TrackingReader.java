package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.in;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
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
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;

/**
 * Reads the global stream for tracking processors with exact {@code _id $in} lookups and Axon's
 * {@link GapAwareTrackingToken}. A position that is allocated but not visible becomes a gap and is
 * looked up again on every batch, so a late insert is never skipped. A gap expires when a position above
 * it is known to have been allocated more than the gap timeout ago (the writer deadline means no insert
 * should still land in it), and it is fenced with a void before it is dropped, so even a writer that
 * missed its deadline is refused rather than skipped. See ADR 0002 for the argument.
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
        SortedSet<Long> witnesses = witnesses(token.getGaps());
        TreeSet<Long> positions = new TreeSet<>(token.getGaps());
        positions.addAll(witnesses);
        long windowEnd = Math.min(token.getIndex() + settings.batchSize(), head);
        addRange(positions, token.getIndex() + 1, windowEnd);
        TreeMap<Long, BsonDocument> found = fetch(positions);
        // A run of crashed or voided allocations holds no event; keep scanning (bounded) so it never stalls.
        int windowsLeft = Math.max(1, settings.maxGapOffset() / settings.batchSize());
        while (!containsEvent(found, witnesses) && windowEnd < head && windowsLeft-- > 0) {
            TreeSet<Long> window = new TreeSet<>();
            addRange(window, windowEnd + 1, Math.min(windowEnd + settings.batchSize(), head));
            windowEnd = window.last();
            found.putAll(fetch(window));
        }
        TokenAdvance.Result result = TokenAdvance.apply(token, found, witnesses, now, settings);
        for (int round = 0; !result.dropped().isEmpty(); round++) {
            if (round == 3) {
                throw new EventStoreException("Could not fence abandoned positions " + result.dropped());
            }
            found.putAll(fence(result.dropped(), now));
            result = TokenAdvance.apply(token, found, witnesses, now, settings);
        }
        return new Batch(result.events(), result.token(), windowEnd < head);
    }

    /**
     * Before giving up on a position, make sure nothing can still arrive there: insert a void. Either the
     * void lands (a late insert will now fail, so its writer is refused instead of its event being skipped)
     * or an event got there first (it is read and delivered). The writer deadline makes this rare; it
     * covers writers paused past their deadline, clock skew, and gaps dropped by maxGapOffset under load.
     * Other processors then find the void and agree.
     */
    private TreeMap<Long, BsonDocument> fence(SortedSet<Long> positions, Instant now) {
        List<BsonDocument> voids = new ArrayList<>(positions.size());
        for (Long position : positions) {
            voids.add(SerializedEvent.voidDocument(position, now, SerializedEvent.VOID_ABANDONED));
        }
        try {
            events.insertMany(voids, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!DuplicateKeys.onlyDuplicateKeys(e)) {
                throw e; // nothing is dropped unless it is fenced; the processor retries the batch
            }
        }
        return fetch(positions);
    }

    /** Whether the batch has something to deliver (witnesses were delivered before). */
    private static boolean containsEvent(TreeMap<Long, BsonDocument> found, Set<Long> witnesses) {
        return found.entrySet().stream()
                .anyMatch(entry -> !witnesses.contains(entry.getKey()) && !entry.getValue().containsKey(VOID));
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
}
