package no.samarbeidsavtaler.api.reliability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Everything in the {@code events} collection, read directly with the driver, checked against what
 * the registry acknowledged. Each check returns the violations it found (empty = holds), so a failure
 * names every broken agreement at once.
 */
final class EventAudit {

    static final String DATABASE = "samarbeidsavtaler";
    private static final String CLAUSE_ADDED = "no.samarbeidsavtaler.core.agreement.events.ClauseAdded";
    private static final String REGISTERED = "no.samarbeidsavtaler.core.agreement.events.AgreementRegistered";

    /** Per agreement: sequence number → stored event (payloadType, clauseId). */
    private final Map<String, TreeMap<Long, Document>> streams = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private final int documents;

    private EventAudit(List<Document> events) {
        this.documents = events.size();
        Map<String, Object> streamKeys = new HashMap<>();
        for (Document event : events) {
            if (event.getBoolean("void", false)) {
                continue;
            }
            if (streamKeys.put(event.getString("streamKey"), event.get("_id")) != null) {
                duplicates.add("streamKey " + event.getString("streamKey") + " stored twice");
            }
            String aggregate = event.getString("aggregateId");
            if (aggregate != null) {
                Document previous = streams.computeIfAbsent(aggregate, a -> new TreeMap<>())
                        .put(event.getLong("sequenceNumber"), event);
                if (previous != null) {
                    duplicates.add(aggregate + " sequence " + event.getLong("sequenceNumber") + " stored twice");
                }
            }
        }
    }

    static EventAudit read(String storeUri) {
        try (MongoClient client = MongoClients.create(storeUri)) {
            return new EventAudit(client.getDatabase(DATABASE).getCollection("events").find()
                    .projection(Projections.include("streamKey", "aggregateId", "sequenceNumber", "payloadType",
                            "payload.clauseId", "void"))
                    .into(new ArrayList<>()));
        }
    }

    int documents() {
        return documents;
    }

    int aggregates() {
        return streams.size();
    }

    /** The version a fully caught-up read model must show: the last sequence number of each stream. */
    Map<String, Long> lastSequences() {
        Map<String, Long> last = new HashMap<>();
        streams.forEach((id, stream) -> last.put(id, stream.lastKey()));
        return last;
    }

    /** Per agreement, the clause ids its ClauseAdded events carry, in stream order (what the views must list). */
    Map<String, List<String>> clauses() {
        Map<String, List<String>> clauses = new HashMap<>();
        streams.forEach((id, stream) -> clauses.put(id, stream.values().stream()
                .filter(e -> CLAUSE_ADDED.equals(e.getString("payloadType"))).map(EventAudit::clauseId).toList()));
        return clauses;
    }

    /** No streamKey and no (aggregate, sequence) stored twice; every stream is 0, 1, 2 … without holes. */
    List<String> storageViolations() {
        List<String> violations = new ArrayList<>(duplicates);
        streams.forEach((id, stream) -> {
            long expected = 0;
            for (long sequence : stream.keySet()) {
                if (sequence != expected) {
                    violations.add(id + " has sequence " + sequence + " where " + expected + " was due");
                    break;
                }
                expected++;
            }
            if (!REGISTERED.equals(stream.firstEntry().getValue().getString("payloadType"))) {
                violations.add(id + " does not start with AgreementRegistered");
            }
            Map<String, Integer> clauses = new HashMap<>();
            stream.values().stream().filter(e -> CLAUSE_ADDED.equals(e.getString("payloadType")))
                    .forEach(e -> clauses.merge(clauseId(e), 1, Integer::sum));
            clauses.forEach((clause, copies) -> {
                if (copies > 1) {
                    violations.add(id + " has clause " + clause + " added " + copies + " times");
                }
            });
        });
        return violations;
    }

    /** Every acknowledged command's event is stored at the version its answer reported, and is that command's. */
    List<String> missingAcknowledged(List<CommandLoad.Ack> acks) {
        List<String> missing = new ArrayList<>();
        for (CommandLoad.Ack ack : acks) {
            TreeMap<Long, Document> stream = streams.get(ack.agreementId());
            Document event = stream == null ? null : stream.get(ack.version());
            if (event == null) {
                missing.add("acknowledged " + ack + " but no event at that version");
            } else if (ack.clauseId() != null && !(CLAUSE_ADDED.equals(event.getString("payloadType"))
                    && ack.clauseId().equals(clauseId(event)))) {
                missing.add("acknowledged " + ack + " but version holds " + event.getString("payloadType") + " " + clauseId(event));
            } else if (ack.clauseId() == null && stream.get(0L) == null) {
                missing.add("acknowledged registration " + ack + " but no AgreementRegistered");
            }
        }
        return missing;
    }

    private static String clauseId(Document event) {
        Document payload = event.get("payload", Document.class);
        return payload == null ? null : payload.getString("clauseId");
    }
}
