package no.samarbeidsavtaler.projections.agreementview;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document per agreement in {@code agreement_views}, folded by {@link AgreementViewFolder}, plus
 * the lookup documents by health trust and municipality. Each event costs one exact {@code _id} read and
 * one replace; the fold ignores an event whose sequence number is not above the stored {@code version},
 * so redelivery, replay and a second node change nothing. Axon handles one agreement's events in order
 * within a processing group, which is what makes read-fold-replace safe without a compare-and-set
 * (a filter on {@code _id} plus {@code version} would be a full scan on the embedded server).
 */
@ProcessingGroup(AgreementViewProjection.PROCESSING_GROUP)
public class AgreementViewProjection {

    public static final String PROCESSING_GROUP = "agreement-view";
    private static final Logger LOG = LoggerFactory.getLogger(AgreementViewProjection.class);

    private final AgreementViewStore store;

    public AgreementViewProjection(MongoDatabase database) {
        this(new AgreementViewStore(database, ViewCollections.DEFAULT));
    }

    public AgreementViewProjection(MongoDatabase database, ViewCollections collections) {
        this(new AgreementViewStore(database, collections));
    }

    public AgreementViewProjection(AgreementViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        apply(event, sequence, recordedAt);
    }

    /** Applies one event; public so tests and offline tools can drive the projection without Axon. */
    public void apply(AgreementEvent event, long sequence, Instant recordedAt) {
        AgreementView before = store.find(event.agreementId()).orElse(null);
        AgreementView after = AgreementViewFolder.apply(before, event, sequence, recordedAt);
        if (after == before) {
            if (before == null) {
                LOG.warn("{} #{} for agreement {} arrived before its registration; ignored",
                        event.getClass().getSimpleName(), sequence, event.agreementId());
            }
            return;
        }
        store.save(before, after);
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }

    @QueryHandler
    public Optional<AgreementView> handle(FindAgreementView query) {
        return store.find(query.agreementId());
    }
}
