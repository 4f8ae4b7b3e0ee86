package no.samarbeidsavtaler.infra.rebuild;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;

/**
 * Global positions of one aggregate's events, which Axon's aggregate reads do not carry (history shows
 * them to auditors). Reads the event store's documents by their unique {@code streamKey}
 * ({@code $in}, exact keys: indexed on the embedded server too) and returns {@code _id}, the position.
 * Relies on the stored format of ADR 0002 ({@code streamKey} = aggregate id + "/" + 19-digit sequence),
 * which is auditor-facing and changes only by migration. Wire it as {@code EventPositions} of
 * agreements-projections: {@code storedEventPositions::positions}.
 */
public class StoredEventPositions {

    private static final int CHUNK = 500;

    private final MongoCollection<BsonDocument> events;

    public StoredEventPositions(MongoDatabase database) {
        this(database, "events");
    }

    public StoredEventPositions(MongoDatabase database, String eventsCollection) {
        this.events = database.getCollection(eventsCollection, BsonDocument.class);
    }

    /** Position by sequence number; sequence numbers not stored (yet) are left out. */
    public Map<Long, Long> positions(String aggregateId, List<Long> sequenceNumbers) {
        Map<Long, Long> positions = new HashMap<>();
        for (int from = 0; from < sequenceNumbers.size(); from += CHUNK) {
            List<String> keys = new ArrayList<>();
            for (Long sequence : sequenceNumbers.subList(from, Math.min(sequenceNumbers.size(), from + CHUNK))) {
                keys.add(streamKey(aggregateId, sequence));
            }
            for (BsonDocument document : events.find(in("streamKey", keys))
                    .projection(Projections.include("_id", "sequenceNumber"))) {
                positions.put(document.getNumber("sequenceNumber").longValue(), document.getNumber("_id").longValue());
            }
        }
        return positions;
    }

    static String streamKey(String aggregateId, long sequenceNumber) {
        return aggregateId + "/" + String.format("%019d", sequenceNumber);
    }
}
