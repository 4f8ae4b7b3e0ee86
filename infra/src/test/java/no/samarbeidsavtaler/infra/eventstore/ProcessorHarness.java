package no.samarbeidsavtaler.infra.eventstore;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/** An Axon pooled streaming processor (two segments, in-memory tokens) recording the events it handles. */
final class ProcessorHarness implements AutoCloseable {

    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
    private final PooledStreamingEventProcessor processor;

    private ProcessorHarness(EventStore eventStore) {
        EventMessageHandler handler = event -> {
            seen.add(event.getIdentifier());
            return null;
        };
        processor = PooledStreamingEventProcessor.builder()
                .name("audit-projection")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(List.of(handler)).build())
                .messageSource(eventStore)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(2)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
    }

    static ProcessorHarness start(EventStore eventStore) {
        ProcessorHarness harness = new ProcessorHarness(eventStore);
        harness.processor.start();
        return harness;
    }

    Queue<String> seen() {
        return seen;
    }

    @Override
    public void close() throws Exception {
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        coordinator.shutdownNow();
        workers.shutdownNow();
    }
}
