package no.samarbeidsavtaler.infra.eventstore;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Reads the global stream the way a tracking processor does: from its token, keeping the last event's token. */
final class TrackingCursor {

    private final EventStorageEngine engine;
    private TrackingToken token;

    TrackingCursor(EventStorageEngine engine, TrackingToken start) {
        this.engine = engine;
        this.token = start;
    }

    /** Whatever is readable now (one call, like one processor fetch). */
    List<TrackedEventMessage<?>> poll() {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
            List<TrackedEventMessage<?>> events = stream.collect(Collectors.toList());
            if (!events.isEmpty()) {
                token = events.get(events.size() - 1).trackingToken();
            }
            return events;
        }
    }

    List<String> pollIdentifiers() {
        return poll().stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    GapAwareTrackingToken token() {
        return (GapAwareTrackingToken) token;
    }
}
