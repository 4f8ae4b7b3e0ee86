package no.samarbeidsavtaler.api.web.commands;

import no.samarbeidsavtaler.core.agreement.Agreement;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * Wires the version check and version reporting into Axon's command and event buses. All
 * commands sent with an expected version today target the Agreement aggregate; another aggregate
 * type would get its own repository lookup here.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class CommandConfiguration {

    @Bean
    public EventSequenceTracker eventSequenceTracker(EventBus eventBus) {
        EventSequenceTracker tracker = new EventSequenceTracker();
        eventBus.registerDispatchInterceptor(tracker);
        return tracker;
    }

    @Bean
    public AggregateVersionInterceptor aggregateVersionInterceptor(CommandBus commandBus, ObjectProvider<Configuration> axon,
                                                                   EventSequenceTracker tracker) {
        AggregateVersionInterceptor interceptor = new AggregateVersionInterceptor(
                () -> axon.getObject().repository(Agreement.class), tracker);
        commandBus.registerHandlerInterceptor(interceptor);
        return interceptor;
    }

    @Bean
    public CommandSender commandSender(CommandBus commandBus) {
        return new CommandSender(commandBus);
    }
}
