package no.samarbeidsavtaler.core.agreement;

import java.util.regex.Pattern;
import no.samarbeidsavtaler.core.rules.RuleCode;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Small checks shared by several command handlers. */
final class Guards {

    /** Ids end up in URLs, Mongo keys and CSV exports: keep them to a safe alphabet. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private Guards() {
    }

    static void identifier(String value, String field) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new RuleViolation(AgreementRule.IDENTIFIER_IS_VALID, field, "«" + value + "» er ikke en gyldig ID");
        }
    }

    static void present(Object value, RuleCode rule, String field, String detail) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new RuleViolation(rule, field, detail);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
