package no.samarbeidsavtaler.api.demo;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.api.agreements.AgreementSummaries;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Waits until the read models show agreements at their last recorded version: the view (which answers who is
 * responsible) and the summary (which gives a change its ETag check). The event processors apply events a
 * moment after they are stored, so without the wait a question asked right after start-up got "GAP".
 */
@Component
public class DemoReadSide {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Logger log = LoggerFactory.getLogger(DemoReadSide.class);

    private final EventStore events;
    private final ResponsibilityReadModels readModels;
    private final AgreementSummaries summaries;

    public DemoReadSide(EventStore events, ResponsibilityReadModels readModels, AgreementSummaries summaries) {
        this.events = events;
        this.readModels = readModels;
        this.summaries = summaries;
    }

    /**
     * Returns when every agreement is shown at its last version (one without events counts as shown), or after
     * {@link #TIMEOUT} (logged).
     */
    public void awaitAgreements(Collection<String> agreementIds) {
        long started = System.nanoTime();
        long deadline = started + TIMEOUT.toNanos();
        List<String> ids = List.copyOf(agreementIds);
        while (!ids.stream().allMatch(this::upToDate)) {
            if (System.nanoTime() > deadline) {
                log.warn("Demo data: the read models did not show all {} demo agreements within {} s; answers may "
                        + "lag behind for a while", ids.size(), TIMEOUT.toSeconds());
                return;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        log.info("Demo data: read models up to date after {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private boolean upToDate(String agreementId) {
        long last = events.lastSequenceNumberFor(agreementId).orElse(-1L);
        boolean view = readModels.store().find(agreementId).map(AgreementView::version).orElse(-1L) >= last;
        return view && summaries.find(agreementId).map(AgreementSummary::version).orElse(-1L) >= last;
    }
}
