package no.samarbeidsavtaler.projections.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolver;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

/** Answers {@link FindAgreementHistory} straight from the event store: no projection to lag or to rebuild. */
public class AgreementHistoryQueries {

    private final EventStore eventStore;
    private final ResponsibilityResolver names;
    private final EventPositions positions;

    public AgreementHistoryQueries(EventStore eventStore, PartyCatalogue catalogue, EventPositions positions) {
        this.eventStore = eventStore;
        this.names = new ResponsibilityResolver(catalogue);
        this.positions = positions;
    }

    @QueryHandler
    public Optional<AgreementHistory> handle(FindAgreementHistory query) {
        List<DomainEventMessage<?>> events = AgreementEvents.read(eventStore, query.agreementId());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> known = positions.positions(query.agreementId(),
                events.stream().map(DomainEventMessage::getSequenceNumber).toList());
        HistoryNarrator narrator = new HistoryNarrator(new Wording(names));
        List<HistoryEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            MetaData meta = event.getMetaData();
            String actorId = text(meta, AuditMetaData.ACTOR_ID);
            String actorRole = text(meta, AuditMetaData.ACTOR_ROLE);
            entries.add(new HistoryEntry(known.get(event.getSequenceNumber()), event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(), event.getIdentifier(), event.getTimestamp(), actorId,
                    actorRole, text(meta, AuditMetaData.REASON), text(meta, AuditMetaData.CASE_REFERENCE),
                    narrator.tell(event.getPayload(), Wording.actor(actorId, actorRole))));
        }
        return Optional.of(new AgreementHistory(query.agreementId(), List.copyOf(entries)));
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
