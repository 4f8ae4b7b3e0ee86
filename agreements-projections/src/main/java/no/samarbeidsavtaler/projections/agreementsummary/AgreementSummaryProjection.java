package no.samarbeidsavtaler.projections.agreementsummary;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.projections.batch.BatchedWrites;
import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import no.samarbeidsavtaler.projections.batch.VersionFence;
import no.samarbeidsavtaler.projections.rebuild.ActiveCollection;
import no.samarbeidsavtaler.projections.rebuild.ProjectionCollections;
import no.samarbeidsavtaler.projections.rebuild.RebuildableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per agreement, keyed by its id. Every update is guarded by the event's sequence
 * number, so an event delivered twice (replay, retry, a second node) changes nothing, and every write is
 * conditional on the version its batch read ({@link VersionFence}). A processing batch
 * costs one read and one write per agreement it touches, however many of its events it holds
 * ({@link BatchedWrites}).
 */
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
public class AgreementSummaryProjection {

    public static final String PROCESSING_GROUP = "agreement-summary";
    /** The collection while the projection was never rebuilt; afterwards see {@code projection_meta}. */
    public static final String COLLECTION = "agreement_summaries";

    /** Resolved on every use: a rebuild may switch it (see {@link ActiveCollection}). */
    private final ActiveCollection summaries;
    private final BatchedWrites<Pending> writes = new BatchedWrites<>(this::load, this::write);
    private final VersionFence fence = new VersionFence();

    public AgreementSummaryProjection(ActiveCollection summaries) {
        this.summaries = summaries;
    }

    /** Follows switches through its own {@link ProjectionCollections}; prefer sharing one registry. */
    public AgreementSummaryProjection(MongoDatabase database) {
        this(new ProjectionCollections(database).active(PROCESSING_GROUP, COLLECTION));
    }

    /** How the rebuilder and the consistency check build this projection. */
    public static RebuildableProjection rebuildable() {
        return new RebuildableProjection(PROCESSING_GROUP, COLLECTION, AgreementSummaryProjection::new);
    }

    @EventHandler
    void on(AgreementRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        apply(event, sequence, recordedAt, Updates.combine(
                Updates.set("kind", event.kind().name()),
                Updates.set("designation", event.designation()),
                Updates.set("title", event.title()),
                Updates.set("healthTrust", event.healthTrust()),
                Updates.set("municipalities", event.municipalities()),
                Updates.set("parentAgreementId", event.parentAgreementId()),
                Updates.set("statutoryPoints", event.statutoryPoints()),
                Updates.set("contributors", event.contributors()),
                Updates.set("registeredAt", Date.from(recordedAt))));
    }

    /** Any other event of the agreement moves its version (the ETag) forward. */
    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        apply(event, sequence, recordedAt, null);
    }

    @ResetHandler
    void reset() {
        summaries.get().deleteMany(new Document());
    }

    @QueryHandler
    public Optional<AgreementSummary> handle(FindAgreementSummary query) {
        return Optional.ofNullable(summaries.get().find(eq("_id", query.agreementId())).first()).map(this::toSummary);
    }

    private void apply(AgreementEvent event, long sequence, Instant recordedAt, Bson registration) {
        Pending pending = writes.entry(event.agreementId());
        if (pending.version == null || pending.version < sequence) {
            pending.version = sequence;
            pending.lastChangedAt = recordedAt;
            if (registration != null) {
                pending.registration = registration;
            }
        }
        writes.handled(pending);
    }

    // Exact _id reads; the writes are fenced on the version read here (VersionFence), so a node that stalled
    // past its claim while another took the segment over cannot put back an older summary.
    private Map<String, Pending> load(Collection<String> agreementIds) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        agreementIds.forEach(id -> pending.put(id, new Pending(id)));
        Bson filter = agreementIds.size() == 1 ? eq("_id", agreementIds.iterator().next()) : in("_id", agreementIds);
        summaries.get().find(filter).projection(Projections.include("version")).forEach(d -> {
            if (d.get("version") instanceof Number stored) {
                Pending p = pending.get(d.getString("_id"));
                p.stored = stored.longValue();
                p.version = p.stored;
            }
        });
        return pending;
    }

    private void write(Collection<Pending> pending) {
        List<Pending> changed = pending.stream().filter(Pending::changed).toList();
        MongoCollection<Document> collection = summaries.get();
        Set<Integer> lost = fence.write(collection, changed.stream().map(Pending::update).toList());
        for (int i = 0; i < changed.size(); i++) {
            if (!lost.contains(i)) {
                changed.get(i).written();
            }
        }
        if (!lost.isEmpty()) {
            throw new StaleProjectionWriteException(collection.getNamespace().getCollectionName(),
                    lost.stream().map(i -> changed.get(i).agreementId).toList());
        }
    }

    /** One agreement's summary: the stored version and what the events handled since change. */
    private static final class Pending {
        final String agreementId;
        Long stored;
        Long version;
        Instant lastChangedAt;
        Bson registration;

        Pending(String agreementId) {
            this.agreementId = agreementId;
        }

        boolean changed() {
            return version != null && !version.equals(stored);
        }

        UpdateOneModel<Document> update() {
            Bson changes = Updates.combine(Updates.set("version", version),
                    Updates.set("lastChangedAt", Date.from(lastChangedAt)));
            return new UpdateOneModel<>(VersionFence.filter(agreementId, stored),
                    registration == null ? changes : Updates.combine(registration, changes),
                    new UpdateOptions().upsert(true));
        }

        void written() {
            stored = version;
            registration = null;
        }
    }

    @SuppressWarnings("unchecked")
    private AgreementSummary toSummary(Document d) {
        return new AgreementSummary(d.getString("_id"), d.getString("kind"), d.getString("designation"),
                d.getString("title"), d.getString("healthTrust"), d.get("municipalities", List.class),
                d.getString("parentAgreementId"), d.get("statutoryPoints", List.class),
                d.get("contributors", List.class), d.getLong("version"),
                toInstant(d.getDate("registeredAt")), toInstant(d.getDate("lastChangedAt")));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
