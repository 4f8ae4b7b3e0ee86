package no.samarbeidsavtaler.projections.rebuild;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/** An event source that runs a hook (e.g. sends a command) before its n-th stream is opened. */
final class InterleavingSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final IntConsumer beforeOpen;
    private final AtomicInteger opened = new AtomicInteger();

    InterleavingSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, IntConsumer beforeOpen) {
        this.delegate = delegate;
        this.beforeOpen = beforeOpen;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        beforeOpen.accept(opened.incrementAndGet());
        return delegate.openStream(token);
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    int opened() {
        return opened.get();
    }
}
