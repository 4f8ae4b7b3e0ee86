package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.history.AuditedRegistry;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;

/**
 * The audited registry with both Mongo projections live in pooled streaming processors (as in
 * production), reading their generation from {@code projection_meta} with a short refresh interval.
 */
final class LiveRegistry implements AutoCloseable {

    static final String SUMMARY = AgreementSummaryProjection.PROCESSING_GROUP;
    static final String VIEW = AgreementViewProjection.PROCESSING_GROUP;

    final TestMongo mongo = new TestMongo();
    final ProjectionCollections collections =
            new ProjectionCollections(mongo.database(), Duration.ofMillis(50), Clock.systemUTC());
    final ActiveCollection summaries = collections.active(SUMMARY, AgreementSummaryProjection.COLLECTION);
    final ActiveCollection views = collections.active(VIEW, "agreement_views");
    final AgreementSummaryProjection summaryProjection = new AgreementSummaryProjection(summaries);
    final AuditedRegistry registry;

    LiveRegistry(boolean live) {
        registry = AuditedRegistry.start(processing -> {
            if (live) {
                // As the app configures them: batches of up to 100 events, handler errors fail the batch.
                processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .usingPooledStreamingEventProcessors((config, builder) ->
                                builder.initialToken(StreamableMessageSource::createTailToken).batchSize(100))
                        .registerEventHandler(c -> summaryProjection)
                        .registerEventHandler(c -> new AgreementViewProjection(RebuildableProjections.viewStore(views)));
            }
        });
    }

    ProjectionRebuilder rebuilder() {
        return new ProjectionRebuilder(registry.storage(), collections, RebuildableProjections.all(),
                ProjectionRebuilder.RebuildSettings.defaults().withLogEvery(100));
    }

    ConsistencyCheck consistencyCheck() {
        return new ConsistencyCheck(registry.storage(), collections, RebuildableProjections.all());
    }

    long lastSequence(String agreementId) {
        return registry.eventStore().lastSequenceNumberFor(agreementId).orElse(-1L);
    }

    /** True when both live projections show every agreement at its last sequence number. */
    boolean upToDate(Collection<String> agreementIds) {
        for (String id : agreementIds) {
            Document summary = summaries.get().find(eq("_id", id)).first();
            Document view = views.get().find(eq("_id", id)).first();
            long last = lastSequence(id);
            if (summary == null || view == null || summary.getLong("version") != last
                    || ((Number) view.get("version")).longValue() != last) {
                return false;
            }
        }
        return true;
    }

    static List<Document> all(com.mongodb.client.MongoCollection<Document> collection) {
        return collection.find().into(new ArrayList<>()).stream()
                .sorted(java.util.Comparator.comparing(d -> String.valueOf(d.get("_id")))).toList();
    }

    /** Lookup documents with their id sets sorted: live segments add ids in any order. */
    static List<Document> lookups(com.mongodb.client.MongoCollection<Document> collection) {
        return all(collection).stream().map(d -> new Document("_id", d.get("_id")).append("agreementIds",
                d.getList("agreementIds", String.class).stream().sorted().toList())).toList();
    }

    @Override
    public void close() {
        registry.close();
        mongo.close();
    }
}
