package no.samarbeidsavtaler.api.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Copies of real agreement histories under new agreement ids, to fill a store to a size the HTTP API would take
 * hours to reach. Every agreement id in a payload (an agreement's own, a sub-agreement's parent) is mapped to its
 * copy of the same round, so the copies form the same registry again; everything else (parties, clauses, dates,
 * actors) stays as recorded. The payloads go through the event serializer, so they are events the projections
 * know.
 */
final class EventCloner {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Serializer serializer;
    private final Map<String, List<DomainEventMessage<?>>> templates;

    EventCloner(Serializer serializer, Map<String, List<DomainEventMessage<?>>> templates) {
        this.serializer = serializer;
        this.templates = templates;
    }

    int eventsPerRound() {
        return templates.values().stream().mapToInt(List::size).sum();
    }

    /** One template agreement's copy: the template's id, the copy's id and events. */
    record Copy(String templateId, String id, List<DomainEventMessage<?>> events) {
    }

    /** Round {@code round}'s copy of every template agreement. */
    List<Copy> round(int round) {
        Map<String, String> ids = new HashMap<>();
        templates.keySet().forEach(id -> ids.put(id, UUID.nameUUIDFromBytes((id + "/" + round).getBytes()).toString()));
        List<Copy> copies = new ArrayList<>();
        templates.forEach((id, events) -> {
            List<DomainEventMessage<?>> copy = new ArrayList<>(events.size());
            for (DomainEventMessage<?> event : events) {
                copy.add(new GenericDomainEventMessage<>(event.getType(), ids.get(id), event.getSequenceNumber(),
                        rewrite(event.getPayload(), ids), event.getMetaData(), UUID.randomUUID().toString(),
                        event.getTimestamp()));
            }
            copies.add(new Copy(id, ids.get(id), copy));
        });
        return copies;
    }

    private Object rewrite(Object payload, Map<String, String> ids) {
        SerializedObject<String> serialized = serializer.serialize(payload, String.class);
        Matcher matcher = UUID_TEXT.matcher(serialized.getData());
        String data = matcher.replaceAll(m -> ids.getOrDefault(m.group(), m.group()));
        return serializer.deserialize(new SimpleSerializedObject<>(data, String.class, serialized.getType()));
    }
}
