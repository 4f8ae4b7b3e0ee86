package no.samarbeidsavtaler.api.admin;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyCheck;
import no.samarbeidsavtaler.projections.rebuild.ProjectionCollections;
import no.samarbeidsavtaler.projections.rebuild.ProjectionRebuilder;
import no.samarbeidsavtaler.projections.rebuild.RebuildableProjections;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rebuild and consistency-check services of agreements-projections, over the event store. Declared
 * here because {@code ReadModelConfiguration} does not (yet) declare them; the lead may move them there.
 * Note: the live read models are wired to the default collection names, so a rebuild's switch is only
 * followed by readers once they are wired through {@code ProjectionCollections.active(...)}.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildConfiguration {

    @Bean
    public ProjectionCollections projectionCollections(MongoDatabase database) {
        return new ProjectionCollections(database);
    }

    @Bean(destroyMethod = "close")
    public ProjectionRebuilder projectionRebuilder(EventStore eventStore, ProjectionCollections collections) {
        return new ProjectionRebuilder(eventStore, collections, RebuildableProjections.all());
    }

    @Bean
    public ConsistencyCheck consistencyCheck(EventStore eventStore, ProjectionCollections collections) {
        return new ConsistencyCheck(eventStore, collections, RebuildableProjections.all());
    }
}
