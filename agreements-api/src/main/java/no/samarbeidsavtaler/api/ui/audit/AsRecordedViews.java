package no.samarbeidsavtaler.api.ui.audit;

import java.time.Instant;
import java.util.Optional;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewFolder;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An agreement as the registry knew it at a moment (record time): its events recorded up to then,
 * folded by the same fold as the live read model. Nothing recorded later (a correction, a new version)
 * shows, which is what an auditor needs to see what a decision was based on.
 */
@Component
public class AsRecordedViews {

    private final EventStore events;

    public AsRecordedViews(EventStore events) {
        this.events = events;
    }

    /** Empty when the agreement had not been registered at that moment. */
    public Optional<AgreementView> at(String agreementId, Instant recordedAt) {
        AgreementView view = null;
        for (DomainEventMessage<?> event : AgreementEvents.read(events, agreementId)) {
            if (event.getTimestamp().isAfter(recordedAt)) {
                break;
            }
            view = AgreementViewFolder.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }
}
