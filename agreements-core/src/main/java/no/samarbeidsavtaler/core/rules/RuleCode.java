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
}
