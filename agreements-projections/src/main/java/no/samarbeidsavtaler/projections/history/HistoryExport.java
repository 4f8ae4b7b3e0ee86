package no.samarbeidsavtaler.projections.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;

/**
 * One agreement's events as JSON Lines for auditors, one event per line: {@code position, sequence,
 * eventId, type, revision, timestamp, metadata, payload}. The payload is the event as the registry reads
 * it today (after upcasting), so {@code revision} is the payload class's current {@code @Revision}.
 */
public class HistoryExport {

    private final EventStore eventStore;
    private final EventPositions positions;
    private final ObjectMapper json;

    /** @param json the event mapper (infra's {@code EventSerialization.objectMapper()}) so payloads read as stored */
    public HistoryExport(EventStore eventStore, EventPositions positions, ObjectMapper json) {
        this.eventStore = eventStore;
        this.positions = positions;
        this.json = json;
    }

    public HistoryExport(EventStore eventStore, EventPositions positions) {
        this(eventStore, positions, new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE));
    }

    /** The lines, without line breaks; empty for an unknown agreement. */
    public Stream<String> lines(String agreementId) {
        List<DomainEventMessage<?>> events = AgreementEvents.read(eventStore, agreementId);
        Map<Long, Long> known = events.isEmpty() ? Map.of()
                : positions.positions(agreementId, events.stream().map(DomainEventMessage::getSequenceNumber).toList());
        return events.stream().map(event -> line(event, known.get(event.getSequenceNumber())));
    }

    /** Writes every line followed by {@code \n}; returns the number of events written. */
    public long write(String agreementId, Writer out) {
        long[] count = {0};
        lines(agreementId).forEach(line -> {
            try {
                out.write(line);
                out.write('\n');
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count[0];
    }

    private String line(DomainEventMessage<?> event, Long position) {
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        ObjectNode node = json.createObjectNode();
        if (position == null) {
            node.putNull("position");
        } else {
            node.put("position", position);
        }
        node.put("sequence", event.getSequenceNumber());
        node.put("eventId", event.getIdentifier());
        node.put("type", event.getPayloadType().getName());
        node.put("revision", revision == null ? null : revision.value());
        node.put("timestamp", event.getTimestamp().toString());
        node.set("metadata", json.valueToTree(event.getMetaData()));
        node.set("payload", json.valueToTree(event.getPayload()));
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
