package no.samarbeidsavtaler.api.web.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Remembers, per unit of work, the highest sequence number each aggregate's events reached. The
 * event bus calls dispatch interceptors while the unit of work prepares its commit, i.e. after the
 * command handler has returned; {@link AggregateVersionInterceptor} reads the result after commit.
 */
public class EventSequenceTracker implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String RESOURCE = EventSequenceTracker.class.getName() + ".sequences";

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> event && CurrentUnitOfWork.isStarted()) {
                sequences(CurrentUnitOfWork.get()).merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max);
            }
            return message;
        };
    }

    public Optional<Long> lastSequence(UnitOfWork<?> unitOfWork, String aggregateId) {
        return Optional.ofNullable(sequences(unitOfWork).get(aggregateId));
    }

    private static Map<String, Long> sequences(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new HashMap<>());
    }
}
