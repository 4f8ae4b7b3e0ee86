package no.samarbeidsavtaler.core.agreement;

import no.samarbeidsavtaler.core.rules.RuleCode;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers on the rule code (and field) of a {@link RuleViolation}, for Axon fixtures. */
final class RuleMatchers {

    private RuleMatchers() {
    }

    static Matcher<RuleViolation> violates(RuleCode rule) {
        return violates(rule, null);
    }

    /** @param field the command field at fault, or {@code null} to not check it */
    static Matcher<RuleViolation> violates(RuleCode rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(rule.code()) && (field == null || field.equals(violation.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation " + rule.code() + (field == null ? "" : " on field " + field));
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was " + violation.code() + " on field " + violation.field()
                        + ": " + violation.detail());
            }
        };
    }
}
