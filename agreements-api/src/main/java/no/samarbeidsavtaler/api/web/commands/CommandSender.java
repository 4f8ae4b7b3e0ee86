package no.samarbeidsavtaler.api.web.commands;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.MetaData;

/**
 * Sends a command on the (local) command bus and returns its result with the aggregate version
 * after it. Failures are rethrown as the exception the handler threw: a {@code RuleViolation}
 * arrives as is; a {@link CommandExecutionException} (a remote bus would produce one) is unwrapped.
 */
public class CommandSender {

    private final CommandBus commandBus;

    public CommandSender(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    public CommandOutcome send(Object command, MetaData metaData) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metaData.and(AggregateVersionInterceptor.REPORT_VERSION, true));
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(message, callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            throw unwrap(result.exceptionResult());
        }
        Object payload = result.getPayload();
        if (payload instanceof VersionedResult versioned) {
            return new CommandOutcome(versioned.result(), versioned.version());
        }
        return new CommandOutcome(payload, null);
    }

    static RuntimeException unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CommandExecutionException && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof CommandExecutionException execution) {
            Object details = execution.getDetails().orElse(null);
            if (details instanceof RuntimeException runtime) {
                return runtime;
            }
        }
        if (current instanceof RuntimeException runtime) {
            return runtime;
        }
        if (current instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Command failed", current);
    }
}
