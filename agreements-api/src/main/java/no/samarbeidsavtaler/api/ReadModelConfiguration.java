package no.samarbeidsavtaler.api;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.rebuild.ProjectionCollections;
import no.samarbeidsavtaler.projections.rebuild.RebuildableProjections;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections of agreements-projections, as Spring beans so Axon registers their handlers.
 * Every projection and reader goes through {@link ProjectionCollections}, so a rebuild's switch to a
 * new generation of collections is followed by the live handlers and the queries alike.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public ProjectionCollections projectionCollections(MongoDatabase database) {
        return new ProjectionCollections(database);
    }

    @Bean
    public AgreementSummaryProjection agreementSummaryProjection(ProjectionCollections collections) {
        return new AgreementSummaryProjection(collections.active(
                AgreementSummaryProjection.PROCESSING_GROUP, AgreementSummaryProjection.COLLECTION));
    }

    @Bean
    public ResponsibilityReadModels responsibilityReadModels(ProjectionCollections collections, PartyCatalogue parties,
            @Value("${agreements.read.view-stamps-trusted-for:100ms}") Duration viewStampsTrustedFor) {
        return new ResponsibilityReadModels(RebuildableProjections.viewStore(collections.active(
                AgreementViewProjection.PROCESSING_GROUP, ViewCollections.DEFAULT.views())), parties, viewStampsTrustedFor);
    }

    @Bean
    public AgreementViewProjection agreementViewProjection(ResponsibilityReadModels readModels) {
        return readModels.agreementViewProjection();
    }

    @Bean
    public ResponsibilityQueries responsibilityQueries(ResponsibilityReadModels readModels) {
        return readModels.responsibilityQueries();
    }

    @Bean
    public RegionReportQueries regionReportQueries(ResponsibilityReadModels readModels) {
        return readModels.regionReportQueries();
    }
}
