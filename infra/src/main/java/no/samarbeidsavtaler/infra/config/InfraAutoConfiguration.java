package no.samarbeidsavtaler.infra.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Everything infra provides, as one auto-configuration the app picks up from the classpath.
 * Runs before Boot's own Mongo auto-configuration so ours is the only client.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@Import({MongoStoreConfiguration.class, AxonStoreConfiguration.class, AxonProcessingConfiguration.class,
        HealthConfiguration.class, IntegrityConfiguration.class, SnapshotConfiguration.class})
public class InfraAutoConfiguration {
}
