package no.samarbeidsavtaler.core.rules;

import java.util.Objects;

/**
 * Thrown when a command or value breaks a named rule. Carries the rule, the field at fault
 * (a JSON-pointer-like path into the command, e.g. {@code assignments[0].municipalities}) and a
 * detail message in Norwegian, so every layer above can report it without guessing.
 */
public class RuleViolation extends RuntimeException {

    private final transient RuleCode rule;
    private final String field;

    public RuleViolation(RuleCode rule, String field, String detail) {
        super(detail);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = field;
    }

    public RuleCode rule() {
        return rule;
    }

    public String code() {
        return rule.code();
    }

    /** The field at fault, or {@code null} when the rule concerns the whole command. */
    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
