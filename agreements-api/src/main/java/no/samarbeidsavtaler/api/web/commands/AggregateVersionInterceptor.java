package no.samarbeidsavtaler.api.web.commands;

import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;

/**
 * The authoritative optimistic-concurrency check, on the command side. When a command carries
 * {@link #EXPECTED_VERSION} (from the client's If-Match), the target aggregate is loaded through
 * its repository inside the command's unit of work (the repository keeps that instance, and its
 * lock, for the handler) and its version compared: a stale client gets
 * {@link ConflictingAggregateVersionException} before the handler runs. A writer that loaded the
 * same version concurrently on another node loses at append time (unique stream key) with a
 * ConcurrencyException. This is what {@code @TargetAggregateVersion} does, without a field on every
 * command record, and it also refuses rather than "resolves" a stale version.
 */
public class AggregateVersionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key: the aggregate version the client based its change on. Not copied to events. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /** Metadata key: wrap the result with the aggregate version after the command (see {@link CommandSender}). */
    static final String REPORT_VERSION = "reportAggregateVersion";

    private final Supplier<Repository<?>> repository;
    private final EventSequenceTracker tracker;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public AggregateVersionInterceptor(Supplier<Repository<?>> repository, EventSequenceTracker tracker) {
        this.repository = repository;
        this.tracker = tracker;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        boolean report = Boolean.TRUE.equals(command.getMetaData().get(REPORT_VERSION));
        if (expected == null && !report) {
            return chain.proceed();
        }
        String target = targets.resolveTarget(command).getIdentifier();
        Long checked = null;
        if (expected != null) {
            long expectedVersion = ((Number) expected).longValue();
            Long actual = repository.get().load(target).version();
            if (actual == null || actual != expectedVersion) {
                throw new ConflictingAggregateVersionException(target, expectedVersion, actual == null ? -1 : actual);
            }
            checked = actual;
        }
        Object result = chain.proceed();
        if (!report) {
            return result;
        }
        VersionedResult versioned = new VersionedResult(result, checked);
        unitOfWork.afterCommit(u -> tracker.lastSequence(u, target).ifPresent(versioned::version));
        return versioned;
    }
}
