package no.samarbeidsavtaler.projections.agreementsummary;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
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
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.projections.batch.BatchedWrites;
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
 * number, so an event delivered twice (replay, retry, a second node) changes nothing. A processing batch
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

    // Exact _id reads, then _id-only upserts: a filter on (_id, version) is a full collection scan on the
    // embedded server. The read-then-write is safe because one aggregate's events are handled by one
    // segment at a time (Axon's sequential-per-aggregate policy).
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
        List<UpdateOneModel<Document>> updates =
                pending.stream().filter(Pending::changed).map(Pending::update).toList();
        try {
            if (updates.size() == 1) {
                UpdateOneModel<Document> update = updates.get(0);
                summaries.get().updateOne(update.getFilter(), update.getUpdate(), update.getOptions());
            } else if (!updates.isEmpty()) {
                summaries.get().bulkWrite(updates, new BulkWriteOptions().ordered(false));
            }
        } catch (MongoWriteException e) {
            throwUnlessDuplicate(List.of(e.getError()), e);
        } catch (MongoBulkWriteException e) {
            throwUnlessDuplicate(e.getWriteErrors(), e);
        }
        pending.forEach(Pending::written);
    }

    /** Two nodes racing on a brand-new id during a claim handover: the other one inserted it. */
    private static void throwUnlessDuplicate(List<? extends WriteError> errors, RuntimeException e) {
        if (errors.stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
            throw e;
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
            return new UpdateOneModel<>(eq("_id", agreementId),
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
