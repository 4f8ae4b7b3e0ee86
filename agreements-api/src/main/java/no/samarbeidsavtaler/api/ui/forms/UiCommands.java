package no.samarbeidsavtaler.api.ui.forms;

import java.util.function.Supplier;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.api.web.ChangeMetaData;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.api.web.commands.CommandOutcome;
import no.samarbeidsavtaler.api.web.commands.CommandSender;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

/**
 * Sends a form's command the way the API does: actor and role from the login, reason and case from
 * the form, and the aggregate version the form was rendered from as the expected version, so a change
 * made meanwhile by someone else is refused by the aggregate instead of being overwritten.
 */
@Component
public class UiCommands {

    private final CommandSender sender;

    public UiCommands(CommandSender sender) {
        this.sender = sender;
    }

    /** A change of an existing agreement, based on the version the form showed. */
    public CommandResult change(String agreementId, Object command, Actor actor, AuditFields audit, long expectedVersion) {
        return send(agreementId, command, () -> ChangeMetaData.of(actor, Role.SECRETARY, audit,
                new ExpectedVersion(expectedVersion)), expectedVersion);
    }

    /** A new agreement: there is no version to be based on. */
    public CommandResult register(String agreementId, Object command, Actor actor, AuditFields audit) {
        return send(agreementId, command, () -> ChangeMetaData.of(actor, Role.SECRETARY, audit), -1);
    }

    private CommandResult send(String agreementId, Object command,
                               Supplier<MetaData> metaData, long expected) {
        try {
            CommandOutcome outcome = sender.send(command, metaData.get());
            return new CommandResult.Done(agreementId, outcome.version().orElse(expected));
        } catch (RuleViolation violation) {
            return new CommandResult.Refused(violation);
        } catch (ConflictingAggregateVersionException conflict) {
            return new CommandResult.Conflict(conflict.getExpectedVersion(), conflict.getActualVersion());
        } catch (ConcurrencyException lostRace) {
            // Both loaded the same version; the other append won. The current version is unknown here.
            return new CommandResult.Conflict(expected, expected + 1);
        }
    }
}
