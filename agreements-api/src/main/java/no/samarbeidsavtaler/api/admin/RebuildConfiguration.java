package no.samarbeidsavtaler.api.admin;

import no.samarbeidsavtaler.projections.rebuild.ConsistencyCheck;
import no.samarbeidsavtaler.projections.rebuild.ProjectionCollections;
import no.samarbeidsavtaler.projections.rebuild.ProjectionRebuilder;
import no.samarbeidsavtaler.projections.rebuild.RebuildableProjections;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rebuild and consistency-check services of agreements-projections, reading the event store's storage
 * engine directly (why: {@code StoredEventSource}). They share {@code ReadModelConfiguration}'s
 * {@link ProjectionCollections}, through which the live projections and readers follow a rebuild's switch.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildConfiguration {

    @Bean(destroyMethod = "close")
    public ProjectionRebuilder projectionRebuilder(EventStorageEngine storage, ProjectionCollections collections) {
        return new ProjectionRebuilder(storage, collections, RebuildableProjections.all());
    }

    @Bean
    public ConsistencyCheck consistencyCheck(EventStorageEngine storage, ProjectionCollections collections) {
        return new ConsistencyCheck(storage, collections, RebuildableProjections.all());
    }
}
