package no.samarbeidsavtaler.api.ui.forms;

import no.samarbeidsavtaler.core.rules.RuleViolation;

/** How a command sent from a form went. */
public sealed interface CommandResult {

    /** Recorded; {@code version} is the agreement's aggregate version after it. */
    record Done(String agreementId, long version) implements CommandResult {
    }

    /** Refused by a rule of the domain. */
    record Refused(RuleViolation violation) implements CommandResult {
    }

    /** Someone else changed the agreement after the form was rendered from {@code expected}. */
    record Conflict(long expected, long actual) implements CommandResult {
    }
}
