package no.samarbeidsavtaler.projections.history;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads one agreement's recorded events. Uses the two-argument {@code readEvents(id, 0)}: the
 * one-argument form starts from a snapshot, which would hide the events before it. On our Mongo store
 * it is a handful of exact-key ({@code streamKey $in}) reads.
 */
public final class AgreementEvents {

    private AgreementEvents() {
    }

    public static List<DomainEventMessage<?>> read(EventStore eventStore, String agreementId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(agreementId, 0);
        while (stream.hasNext()) {
            events.add(stream.next());
        }
        return events;
    }
}
