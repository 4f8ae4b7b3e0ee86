package no.samarbeidsavtaler.projections.agreementview;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.projections.batch.BatchedWrites;
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
 * the lookup documents by health trust and municipality. A processing batch costs one {@code $in} read of
 * its agreements' views and one replace per agreement it changed, however many of its events it holds
 * ({@link BatchedWrites}); outside a batch, one exact read and one replace per event. The fold ignores an
 * event whose sequence number is not above the view's {@code version}, so redelivery, replay and a second
 * node change nothing. Axon handles one agreement's events in order within a processing group, on the one
 * node that holds the segment's claim; and each write is conditional on the version its batch read
 * ({@link AgreementViewStore#saveAll}), so a node that stalled past its claim while another took the segment
 * over fails its batch instead of putting back an older view (docs/reliability.md, "Findings").
 */
@ProcessingGroup(AgreementViewProjection.PROCESSING_GROUP)
public class AgreementViewProjection {

    public static final String PROCESSING_GROUP = "agreement-view";
    private static final Logger LOG = LoggerFactory.getLogger(AgreementViewProjection.class);

    private final AgreementViewStore store;
    private final BatchedWrites<Pending> writes;

    public AgreementViewProjection(MongoDatabase database) {
        this(new AgreementViewStore(database, ViewCollections.DEFAULT));
    }

    public AgreementViewProjection(MongoDatabase database, ViewCollections collections) {
        this(new AgreementViewStore(database, collections));
    }

    public AgreementViewProjection(AgreementViewStore store) {
        this.store = store;
        this.writes = new BatchedWrites<>(this::load, this::write);
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        apply(event, sequence, recordedAt);
    }

    /** Applies one event; public so tests and offline tools can drive the projection without Axon. */
    public void apply(AgreementEvent event, long sequence, Instant recordedAt) {
        Pending pending = writes.entry(event.agreementId());
        AgreementView after = AgreementViewFolder.apply(pending.current, event, sequence, recordedAt);
        if (after == null) {
            LOG.warn("{} #{} for agreement {} arrived before its registration; ignored",
                    event.getClass().getSimpleName(), sequence, event.agreementId());
        }
        pending.current = after;
        writes.handled(pending);
    }

    private Map<String, Pending> load(Collection<String> agreementIds) {
        Map<String, AgreementView> stored = agreementIds.size() == 1
                ? store.find(agreementIds.iterator().next()).map(v -> Map.of(v.agreementId(), v)).orElse(Map.of())
                : store.findAll(agreementIds).stream().collect(Collectors.toMap(AgreementView::agreementId, v -> v));
        Map<String, Pending> pending = new LinkedHashMap<>();
        agreementIds.forEach(id -> pending.put(id, new Pending(stored.get(id))));
        return pending;
    }

    private void write(Collection<Pending> pending) {
        List<AgreementViewStore.Change> changes = pending.stream().filter(Pending::changed)
                .map(p -> new AgreementViewStore.Change(p.stored, p.current)).toList();
        store.saveAll(changes);
        pending.forEach(Pending::written);
    }

    /** One agreement's view as stored, and as folded by the events handled since. */
    private static final class Pending {
        AgreementView stored;
        AgreementView current;

        Pending(AgreementView stored) {
            this.stored = stored;
            this.current = stored;
        }

        boolean changed() {
            return current != stored;
        }

        void written() {
            stored = current;
        }
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
