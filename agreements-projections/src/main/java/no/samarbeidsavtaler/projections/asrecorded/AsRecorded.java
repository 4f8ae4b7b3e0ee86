package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;
import java.util.List;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewFolder;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * An agreement as the registry knew it at an instant of record time: the live fold
 * ({@link AgreementViewFolder}) over the events recorded up to and including that instant. Valid time
 * stays in the view (effective dates, transitions), so "in force on D as known at T" is
 * {@code fold(events, T).versionInForceOn(D)}.
 */
public final class AsRecorded {

    private AsRecorded() {
    }

    /**
     * @param events one agreement's events in stream order
     * @return the view, or {@code null} when the agreement was not registered yet at {@code recordedAt}
     */
    public static AgreementView fold(List<? extends DomainEventMessage<?>> events, Instant recordedAt) {
        AgreementView view = null;
        for (DomainEventMessage<?> event : events) {
            // A stream is recorded in order: nothing after the first later event was known either.
            if (event.getTimestamp().isAfter(recordedAt)) {
                break;
            }
            view = AgreementViewFolder.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }
}
