package no.samarbeidsavtaler.api.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * {@link StrictHttpFirewall}'s default rules for header names, header values and parameter names, checked code
 * point by code point instead of by a regular expression.
 *
 * <p>Why: the firewall checks every header and parameter name a filter reads, and its default predicates build a
 * {@code java.util.regex.Matcher} for each check: 6 % of the request threads' allocation samples in the
 * benchmark's single-cell phase (JFR, docs/benchmarks.md, sixth session). The rules are the same, and
 * {@code FirewallCharacterRulesTest} compares them with Spring's own predicates over every code point.
 */
final class FirewallCharacterRules {

    /** As {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES} and {@code ALLOWED_PARAMETER_NAMES}: assigned, not a control character. */
    static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = value -> allCodePoints(value, false);

    /** As {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}: the same, but a horizontal tab is allowed. */
    static final Predicate<String> HEADER_VALUE = value -> allCodePoints(value, true);

    private FirewallCharacterRules() {
    }

    /** A firewall with Spring's defaults except these three predicates. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        return firewall;
    }

    private static boolean allCodePoints(String value, boolean tabAllowed) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
