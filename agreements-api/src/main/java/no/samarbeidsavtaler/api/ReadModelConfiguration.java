package no.samarbeidsavtaler.api;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections of agreements-projections, as Spring beans so Axon registers their handlers. */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public AgreementSummaryProjection agreementSummaryProjection(MongoDatabase database) {
        return new AgreementSummaryProjection(database);
    }

    @Bean
    public ResponsibilityReadModels responsibilityReadModels(MongoDatabase database, PartyCatalogue parties) {
        return new ResponsibilityReadModels(database, parties);
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
