package no.samarbeidsavtaler.api;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections of agreements-projections, as Spring beans so Axon registers their handlers. */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public AgreementSummaryProjection agreementSummaryProjection(MongoDatabase database) {
        return new AgreementSummaryProjection(database);
    }
}
