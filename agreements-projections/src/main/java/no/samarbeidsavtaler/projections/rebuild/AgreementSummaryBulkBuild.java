package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewFolder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * First pass of an agreement-summary rebuild. The live handler's guarded upsert ({@code _id} plus
 * {@code version < n}) is a scan of the collection per event on the embedded server, which kept a
 * per-event rebuild at 1.5–4k events/s under load. A summary holds a subset of the agreement view, so
 * this folds views with the view projection's fold and writes the summary documents once, in the exact
 * shape the live handler writes (the rebuild and consistency tests compare them field by field).
 * Differs only for events before a registration, which the aggregate never records.
 */
final class AgreementSummaryBulkBuild implements BulkBuild {

    private static final int CHUNK = 1_000;

    private final MongoCollection<Document> target;
    private final Map<String, AgreementView> views = new LinkedHashMap<>();

    AgreementSummaryBulkBuild(MongoCollection<Document> target) {
        this.target = target;
    }

    @Override
    public void accept(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain && AgreementEvent.class.isAssignableFrom(event.getPayloadType())) {
            AgreementEvent payload = (AgreementEvent) domain.getPayload();
            views.compute(payload.agreementId(), (id, view) ->
                    AgreementViewFolder.apply(view, payload, domain.getSequenceNumber(), domain.getTimestamp()));
        }
    }

    @Override
    public void finish() {
        List<Document> documents = new ArrayList<>();
        views.values().forEach(v -> documents.add(summary(v)));
        for (int from = 0; from < documents.size(); from += CHUNK) {
            target.insertMany(documents.subList(from, Math.min(documents.size(), from + CHUNK)),
                    new InsertManyOptions().ordered(false));
        }
    }

    /** The fields AgreementSummaryProjection sets, with the same BSON types. */
    static Document summary(AgreementView v) {
        return new Document("_id", v.agreementId())
                .append("kind", v.kind() == null ? null : v.kind().name())
                .append("designation", v.designation())
                .append("title", v.title())
                .append("healthTrust", v.healthTrust())
                .append("municipalities", v.municipalities())
                .append("parentAgreementId", v.parentAgreementId())
                .append("statutoryPoints", v.statutoryPoints())
                .append("contributors", v.contributors())
                .append("registeredAt", Date.from(v.registeredAt()))
                .append("version", v.version())
                .append("lastChangedAt", Date.from(v.lastChangedAt()));
    }
}
