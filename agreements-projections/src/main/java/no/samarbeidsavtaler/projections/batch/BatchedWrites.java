package no.samarbeidsavtaler.projections.batch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a projection fold all events of one processing batch per agreement in memory and write each
 * agreement once, when the handler of the batch's last event returns, instead of once per event.
 * The entries of the batch's agreements are read together when its first event arrives.
 *
 * <p>Why the write happens inside the last event's handler and not in a prepare-commit hook: the pooled
 * processor registers the hook that stores its token before any handler runs, and hooks run in
 * registration order. A write in a later hook would land after the token, and a crash between the two
 * would lose it for good. Inside the handler the order stays "writes, then token". A failed write fails
 * the batch (the processors propagate handler errors), and the batch is handled again; the projections'
 * sequence-number guards make the already written part harmless.
 *
 * <p>Outside a batching unit of work (a rebuild's catch-up, tests, tools) every event is written at once.
 *
 * @param <E> the projection's pending state of one agreement; the write skips entries that did not change
 */
public final class BatchedWrites<E> {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedWrites.class);

    private static final AtomicLong INSTANCES = new AtomicLong();

    /** Each instance keeps its own state in the batch's resources. */
    private final String resourceKey = BatchedWrites.class.getName() + "#" + INSTANCES.incrementAndGet();
    private final Function<Collection<String>, Map<String, E>> load;
    private final Consumer<Collection<E>> write;

    /**
     * @param load  the stored state of the given agreements, one entry per id (for an agreement not stored
     *              yet too): called once per batch, with the ids of all its agreement events
     * @param write writes the entries of one batch (or of one event outside a batch)
     */
    public BatchedWrites(Function<Collection<String>, Map<String, E>> load, Consumer<Collection<E>> write) {
        this.load = load;
        this.write = write;
    }

    /**
     * The pending entry of the agreement, to fold the event into: what the batch folded so far, or what is
     * stored. Pass it to {@link #handled} when done.
     */
    public E entry(String agreementId) {
        BatchingUnitOfWork<?> batch = currentBatch();
        if (batch == null) {
            return load.apply(List.of(agreementId)).get(agreementId);
        }
        Map<String, E> pending = batch.root().getOrComputeResource(resourceKey, key -> open(batch)).entries;
        return pending.computeIfAbsent(agreementId, id -> load.apply(List.of(id)).get(id));
    }

    /**
     * Call at the end of every handler invocation, also when the event changed nothing: writes the entry
     * now outside a batch, or the whole batch's entries after its last event.
     */
    public void handled(E entry) {
        BatchingUnitOfWork<?> batch = currentBatch();
        if (batch == null) {
            write.accept(List.of(entry));
            return;
        }
        if (batch.isLastMessage()) {
            Batch<E> state = batch.root().getResource(resourceKey);
            if (state != null) {
                state.flushed = true;
                write.accept(state.entries.values());
            }
        }
    }

    private Batch<E> open(BatchingUnitOfWork<?> batch) {
        Set<String> ids = new LinkedHashSet<>();
        for (Message<?> message : batch.getMessages()) {
            if (message.getPayload() instanceof AgreementEvent event) {
                ids.add(event.agreementId());
            }
        }
        Batch<E> state = new Batch<>(new LinkedHashMap<>(load.apply(ids)));
        // Safety net, not the normal path: if the last event never reached this projection's handler, write
        // before the unit of work commits rather than lose the batch. This runs after the token is stored.
        batch.onPrepareCommit(u -> {
            if (!state.flushed && !state.entries.isEmpty()) {
                LOG.warn("Batch of {} events ended without its last event reaching the handler; writing {} entries "
                        + "after the token", batch.getMessages().size(), state.entries.size());
                write.accept(state.entries.values());
            }
        });
        return state;
    }

    private static BatchingUnitOfWork<?> currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        return current instanceof BatchingUnitOfWork<?> batch ? batch : null;
    }

    private static final class Batch<E> {
        final Map<String, E> entries;
        boolean flushed;

        Batch(Map<String, E> entries) {
            this.entries = entries;
        }
    }
}
