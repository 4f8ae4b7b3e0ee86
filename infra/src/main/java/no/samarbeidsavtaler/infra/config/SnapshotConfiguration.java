package no.samarbeidsavtaler.infra.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots are taken beside the command, not in it. Axon's auto-configured snapshotter runs on the thread
 * that committed the command, so every tenth command of an agreement answered only after its aggregate had
 * been loaded again, serialised and written: the benchmark's command p99. Here one background thread takes
 * them. A snapshot is an optimisation only (loading replays whatever the snapshot lacks), so when the queue
 * is full a request is dropped; the next trigger of that agreement asks again.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    private static final int QUEUED_SNAPSHOTS = 1_000;

    @Bean(destroyMethod = "shutdown")
    public ExecutorService snapshotExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_SNAPSHOTS),
                runnable -> {
                    Thread thread = new Thread(runnable, "aggregate-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** The same snapshotter Axon's auto-configuration builds, with the executor above. */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory,
                                                           ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }
}
