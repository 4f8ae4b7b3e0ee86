package no.samarbeidsavtaler.infra.config;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.infra.config.MongoStoreConfiguration.RegistryStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /actuator/health} reports the store and the event processors. */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    public MongoHealthIndicator mongoHealthIndicator(MongoDatabase database, RegistryStore store) {
        return new MongoHealthIndicator(database, store);
    }

    @Bean
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealthIndicator(processing);
    }
}
