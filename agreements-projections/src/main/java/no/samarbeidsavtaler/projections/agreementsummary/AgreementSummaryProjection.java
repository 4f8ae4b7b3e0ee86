package no.samarbeidsavtaler.projections.agreementsummary;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
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
 * number, so an event delivered twice (replay, retry, a second node) changes nothing.
 */
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
public class AgreementSummaryProjection {

    public static final String PROCESSING_GROUP = "agreement-summary";
    /** The collection while the projection was never rebuilt; afterwards see {@code projection_meta}. */
    public static final String COLLECTION = "agreement_summaries";

    /** Resolved on every use: a rebuild may switch it (see {@link ActiveCollection}). */
    private final ActiveCollection summaries;

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
        applyIfNewer(event.agreementId(), sequence, recordedAt, Updates.combine(
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
        applyIfNewer(event.agreementId(), sequence, recordedAt, Updates.combine());
    }

    @ResetHandler
    void reset() {
        summaries.get().deleteMany(new Document());
    }

    @QueryHandler
    public Optional<AgreementSummary> handle(FindAgreementSummary query) {
        return Optional.ofNullable(summaries.get().find(eq("_id", query.agreementId())).first()).map(this::toSummary);
    }

    private void applyIfNewer(String agreementId, long sequence, Instant recordedAt, Bson changes) {
        // Exact _id read, then an _id-only upsert: a filter on (_id, version) is a full collection scan
        // on the embedded server. The read-then-write is safe because one aggregate's events are handled
        // by one segment at a time (Axon's sequential-per-aggregate policy).
        MongoCollection<Document> collection = summaries.get();
        Document current = collection.find(eq("_id", agreementId)).projection(Projections.include("version")).first();
        if (current != null && current.get("version") instanceof Number stored && stored.longValue() >= sequence) {
            return;
        }
        Bson update = Updates.combine(changes, Updates.set("version", sequence),
                Updates.set("lastChangedAt", Date.from(recordedAt)));
        try {
            collection.updateOne(eq("_id", agreementId), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // Two nodes racing on a brand-new id during a claim handover: the other one inserted it.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
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
