package no.samarbeidsavtaler.core.rules;

/**
 * A named business rule with a stable code. The code becomes the problem+json {@code type}
 * at the HTTP edge and must never change once published; the title is shown to users (bokmål).
 */
public interface RuleCode {

    /** Stable, kebab-case identifier, e.g. {@code signed-version-is-immutable}. */
    String code();

    /** Short Norwegian (bokmål) title for people. */
    String title();

    /**
     * Whether the command was wrong in itself, or was fine but clashes with what is already
     * recorded. The HTTP edge answers 422 for the first and 409 for the second.
     */
    default Kind kind() {
        return Kind.INVALID_CONTENT;
    }

    enum Kind {
        /** The command's content breaks the rule whatever the state (bad identifier, missing title). */
        INVALID_CONTENT,
        /** The command conflicts with the recorded state (version already signed, overlap). */
        STATE_CONFLICT
    }
}
