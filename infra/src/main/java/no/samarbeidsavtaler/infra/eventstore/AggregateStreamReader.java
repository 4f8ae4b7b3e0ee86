package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.in;
import static no.samarbeidsavtaler.infra.eventstore.EventFields.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

/**
 * Loads one aggregate's events by exact stream keys: {@code streamKey $in [key(s) … key(s+W-1)]}, windows
 * of 32 keys doubling up to 1,024, sorted in memory. No range query and no server-side sort, so a load
 * costs the same on an empty store as on a large one (the embedded server full-scans ranges and sorts).
 */
final class AggregateStreamReader {

    private static final int FIRST_WINDOW = 32;
    private static final int MAX_WINDOW = 1024;
    private static final Bson SEQUENCE_ONLY = Projections.include(SEQUENCE_NUMBER, APPEND_LAST_SEQUENCE, ALLOCATED_AT);

    private final EngineSettings settings;
    private final MongoCollection<BsonDocument> events;

    AggregateStreamReader(EngineSettings settings) {
        this.settings = settings;
        this.events = settings.events();
    }

    /** The aggregate's visible events from {@code firstSequenceNumber} on, in sequence order. */
    List<BsonDocument> read(String aggregateId, long firstSequenceNumber) {
        return read(aggregateId, firstSequenceNumber, null);
    }

    /** The last visible sequence number, or -1 when the aggregate has no events. */
    long lastSequenceNumber(String aggregateId) {
        List<BsonDocument> stream = read(aggregateId, 0, SEQUENCE_ONLY);
        return stream.isEmpty() ? -1 : stream.get(stream.size() - 1).getNumber(SEQUENCE_NUMBER).longValue();
    }

    private List<BsonDocument> read(String aggregateId, long firstSequenceNumber, Bson projection) {
        Instant now = settings.clock().instant();
        List<BsonDocument> stream = new ArrayList<>();
        long next = firstSequenceNumber;
        int window = FIRST_WINDOW;
        while (true) {
            Map<Long, BsonDocument> found = fetchWindow(aggregateId, next, window, projection);
            long windowEnd = next + window;
            // Stop at the first missing sequence number: a stream never continues past a hole.
            while (next < windowEnd && found.containsKey(next)) {
                stream.add(found.get(next++));
            }
            if (next < windowEnd) {
                return withoutUnfinishedAppend(stream, now);
            }
            window = Math.min(window * 2, MAX_WINDOW);
        }
    }

    private Map<Long, BsonDocument> fetchWindow(String aggregateId, long first, int size, Bson projection) {
        List<String> keys = new ArrayList<>(size);
        for (long sequence = first; sequence < first + size; sequence++) {
            keys.add(streamKey(aggregateId, sequence));
        }
        Map<Long, BsonDocument> bySequence = new HashMap<>();
        var query = events.find(in(STREAM_KEY, keys));
        if (projection != null) {
            query = query.projection(projection);
        }
        for (BsonDocument document : query) {
            bySequence.put(document.getNumber(SEQUENCE_NUMBER).longValue(), document);
        }
        return bySequence;
    }

    /**
     * A multi-document insert is not atomic on a real MongoDB: a loader can see the first events of an
     * append whose last ones are not in yet. Building on such a prefix would let a competing append succeed
     * behind it and leave the first append half stored. So the tail of an unfinished append stays hidden
     * (the next append conflicts and is retried) until its allocation is older than the gap timeout: the
     * writer deadline then guarantees the rest can never arrive, and the stored part is final.
     */
    private List<BsonDocument> withoutUnfinishedAppend(List<BsonDocument> stream, Instant now) {
        if (stream.isEmpty()) {
            return stream;
        }
        BsonDocument last = stream.get(stream.size() - 1);
        long appendLast = last.getNumber(APPEND_LAST_SEQUENCE).longValue();
        boolean finished = appendLast <= last.getNumber(SEQUENCE_NUMBER).longValue();
        Instant allocatedAt = Instant.ofEpochMilli(last.getDateTime(ALLOCATED_AT).getValue());
        if (finished || settings.isExpired(allocatedAt, now)) {
            return stream;
        }
        int end = stream.size();
        while (end > 0 && stream.get(end - 1).getNumber(APPEND_LAST_SEQUENCE).longValue() == appendLast) {
            end--;
        }
        return new ArrayList<>(stream.subList(0, end));
    }
}
