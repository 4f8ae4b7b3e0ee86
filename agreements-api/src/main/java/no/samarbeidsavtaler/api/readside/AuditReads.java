package no.samarbeidsavtaler.api.readside;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.infra.config.EventSerialization;
import no.samarbeidsavtaler.infra.integrity.ChainVerifier;
import no.samarbeidsavtaler.infra.rebuild.StoredEventPositions;
import no.samarbeidsavtaler.projections.asrecorded.AsRecordedQueries;
import no.samarbeidsavtaler.projections.diff.VersionDiffQueries;
import no.samarbeidsavtaler.projections.history.AgreementHistoryQueries;
import no.samarbeidsavtaler.projections.history.EventPositions;
import no.samarbeidsavtaler.projections.history.HistoryExport;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The auditor's query services, built here and kept out of the bean factory on purpose: as beans Axon
 * would register their {@code @QueryHandler}s a second time next to any the application already
 * declares (the UI registers its own history handler). They are called directly, so nothing is lost.
 */
@Component
public class AuditReads {

    private final AgreementHistoryQueries history;
    private final HistoryExport export;
    private final VersionDiffQueries diffs;
    private final AsRecordedQueries asRecorded;
    private final ChainVerifier verifier;

    public AuditReads(EventStore eventStore, MongoDatabase database, PartyCatalogue parties,
                      ResponsibilityReadModels readModels) {
        EventPositions positions = new StoredEventPositions(database)::positions;
        this.history = new AgreementHistoryQueries(eventStore, parties, positions);
        this.export = new HistoryExport(eventStore, positions, EventSerialization.objectMapper());
        this.diffs = new VersionDiffQueries(readModels.store());
        this.asRecorded = new AsRecordedQueries(eventStore, readModels.store(), parties);
        this.verifier = ChainVerifier.forDatabase(database);
    }

    public AgreementHistoryQueries history() {
        return history;
    }

    public HistoryExport export() {
        return export;
    }

    public VersionDiffQueries diffs() {
        return diffs;
    }

    public AsRecordedQueries asRecorded() {
        return asRecorded;
    }

    public ChainVerifier verifier() {
        return verifier;
    }
}
