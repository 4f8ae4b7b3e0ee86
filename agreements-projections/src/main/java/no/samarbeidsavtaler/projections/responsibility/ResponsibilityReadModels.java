package no.samarbeidsavtaler.projections.responsibility;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;

/**
 * Plain factory for the agreement-view projection and the query services built on it, so the Spring
 * configuration only has to expose them as beans (Axon then registers their handlers). All share one
 * {@link AgreementViewStore}, whose collection names can be switched after a rebuild.
 */
public final class ResponsibilityReadModels {

    private final AgreementViewStore store;
    private final PartyCatalogue catalogue;
    private final Duration trustViewStampsFor;

    public ResponsibilityReadModels(MongoDatabase database, PartyCatalogue catalogue) {
        this(new AgreementViewStore(database, ViewCollections.DEFAULT), catalogue, Duration.ZERO);
    }

    /** @param trustViewStampsFor how long a question may trust a stamp read (see {@link TrustViewCache}) */
    public ResponsibilityReadModels(AgreementViewStore store, PartyCatalogue catalogue, Duration trustViewStampsFor) {
        this.store = store;
        this.catalogue = catalogue;
        this.trustViewStampsFor = trustViewStampsFor;
    }

    public AgreementViewStore store() {
        return store;
    }

    public AgreementViewProjection agreementViewProjection() {
        return new AgreementViewProjection(store);
    }

    public ResponsibilityQueries responsibilityQueries() {
        return new ResponsibilityQueries(store, catalogue, trustViewStampsFor);
    }

    public RegionReportQueries regionReportQueries() {
        return new RegionReportQueries(store, catalogue);
    }
}
