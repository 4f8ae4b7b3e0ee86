package no.samarbeidsavtaler.infra.config;

import java.time.Duration;
import no.samarbeidsavtaler.core.agreement.Agreement;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the aggregates of agreements-core (which cannot carry Spring's {@code @Aggregate}) and
 * makes every event processor a pooled streaming processor that starts at the beginning of history.
 */
@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    @Bean
    public PartyCatalogue partyCatalogue() {
        return CsvPartyCatalogue.fromClasspath();
    }

    /**
     * The agreement aggregate, with its snapshot trigger and, unless turned off, a bounded cache of loaded
     * agreements: a command then starts from the agreement the previous command left instead of reading
     * its snapshot and later events again (8 % of the CPU in the benchmark's profile). Axon drops an entry
     * when its unit of work rolls back, so a refused command leaves nothing behind.
     */
    @Bean
    public ConfigurerModule agreementAggregate(RegistryStoreProperties properties) {
        AggregateConfigurer<Agreement> aggregate = AggregateConfigurer.defaultConfiguration(Agreement.class)
                .configureSnapshotTrigger(c -> new CommittedChangeSnapshotTrigger(
                        c.getComponent(Snapshotter.class), properties.snapshotThreshold()));
        if (properties.aggregateCacheSize() > 0) {
            aggregate.configureCache(c -> new BoundedAggregateCache(properties.aggregateCacheSize()));
        }
        return configurer -> configurer.configureAggregate(aggregate);
    }

    /**
     * Axon's Spring snapshotter only knows aggregates declared with Spring's {@code @Aggregate};
     * it finds ours through this factory bean. Without it every snapshot attempt is skipped with
     * "Aggregate Type is unknown in this snapshotter".
     */
    @Bean
    public AggregateFactory<Agreement> agreementFactory(ParameterResolverFactory parameterResolvers,
                                                       HandlerDefinition handlerDefinition) {
        // The model must resolve handler parameters from Spring beans (e.g. the PartyCatalogue).
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                Agreement.class, parameterResolvers, handlerDefinition));
    }

    /**
     * Events one processing unit of work may take. Axon's default of one stores the processor's token
     * after every event: a token write (and, on the embedded store, a commit) per event and processor,
     * which left the read side 28 s behind 300 commands/s in the benchmark. A batch holds only what is
     * already in the store, so waiting for a full batch never delays an event; a failed batch is
     * handled again, which the projections' sequence-number guards make harmless.
     */
    static final int PROCESSOR_BATCH_SIZE = 100;

    /**
     * Segments a new processor's tokens are split into (Axon's pooled default is 16). A batch is cut into one
     * unit of work per segment, each with its own token write and projection writes, so 16 segments on one
     * node turned a batch of 100 events into up to 16 small ones: with 2 the ×10 benchmark used 2.5 ms of CPU
     * per command instead of 3.3–3.5, with the read side as close behind (docs/benchmarks.md). Two still let
     * two nodes share the work; a larger deployment sets more in its properties before the first start
     * (infra/deploy/application-production.properties). Stores whose tokens exist keep their segments.
     */
    public static final int INITIAL_SEGMENT_COUNT = 2;

    /**
     * Pooled streaming everywhere; a new processor starts from the tail, because Axon's default
     * for a pooled processor is the head and a new projection would otherwise miss all history.
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors(RegistryStoreProperties properties) {
        long claimExtensionMillis = claimExtensionMillis(properties.claimTimeout());
        // The global configuration also reaches processors declared in properties with mode=pooled;
        // note that naming a processor in axon.eventhandling.processors.* without a mode makes it TRACKING.
        // A handler's error fails its batch, which is then handled again (the segment shows the error in
        // the health check meanwhile). Axon's default logs the error and moves the token on: a projection
        // write lost to a passing store failure would be skipped for good, and with batched writes
        // (BatchedWrites) a whole batch of them.
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration((config, builder) ->
                        builder.initialToken(StreamableMessageSource::createTailToken).batchSize(PROCESSOR_BATCH_SIZE)
                                .initialSegmentCount(INITIAL_SEGMENT_COUNT)
                                .claimExtensionThreshold(claimExtensionMillis)
                                .enableCoordinatorClaimExtension());
    }

    /**
     * How often a live node renews its claims: a third of the claim timeout, and at most Axon's default of 5 s.
     * Why: with Axon's 5 s and a claim timeout below it (the two-node test uses 3 s) a live, idle node lost its
     * claims, and a busy one could lose them in the middle of a batch (hence also the coordinator's extension
     * while a batch runs). Another node then handled the same agreements at the same time, and the slower
     * one's view write, folded from an older read, undid the other's: a CI run of TwoNodesOneDatabaseTest
     * found a view without one of its clauses. A node stalled for longer than the claim timeout can still do
     * that (docs/reliability.md).
     */
    static long claimExtensionMillis(Duration claimTimeout) {
        return Math.max(100, Math.min(5_000, claimTimeout.toMillis() / 3));
    }
}
