package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** Our code-point checks accept exactly what Spring's regex predicates accept. */
class FirewallCharacterRulesTest {

    @Test
    void everyCodePointIsJudgedAsSpringJudgesIt() {
        List<String> differences = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String value = new String(Character.toChars(codePoint));
            compare(value, differences);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void stringsOfSeveralCodePointsIncludingSurrogatesAndTabsAreJudgedAsSpringJudgesThem() {
        List<String> samples = new ArrayList<>(List.of("", "Basic YmVuY2g6YmVuY2g=", "text/html,\tapplication/json",
                "a\u0000b", "x\u007f", "\ud83d\ude00 smil", "\ud83d", "\ude00\ud83d", "a\ud800b", "\u0378", "Ullensvang\t",
                "\u0085next", "fødselsnummer", "\t"));
        Random random = new Random(8);
        int[] interesting = {'\t', '\n', 'a', 'ø', 0x7f, 0x85, 0x378, 0xd800, 0xdc00, 0x1f600, 0xe0001, 0x10ffff, 0xfffe};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                int codePoint = random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                        : random.nextInt(Character.MAX_CODE_POINT + 1);
                value.appendCodePoint(codePoint);
            }
            samples.add(value.toString());
        }
        List<String> differences = new ArrayList<>();
        samples.forEach(sample -> compare(sample, differences));
        assertThat(differences).isEmpty();
    }

    @Test
    void theAppsFirewallUsesTheseRules() {
        assertThat(FirewallCharacterRules.firewall()).isInstanceOf(StrictHttpFirewall.class)
                .extracting("allowedHeaderNames", "allowedHeaderValues", "allowedParameterNames")
                .containsExactly(FirewallCharacterRules.ASSIGNED_AND_NOT_CONTROL, FirewallCharacterRules.HEADER_VALUE,
                        FirewallCharacterRules.ASSIGNED_AND_NOT_CONTROL);
    }

    private static void compare(String value, List<String> differences) {
        check("header name", value, StrictHttpFirewall.ALLOWED_HEADER_NAMES, FirewallCharacterRules.ASSIGNED_AND_NOT_CONTROL, differences);
        check("parameter name", value, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, FirewallCharacterRules.ASSIGNED_AND_NOT_CONTROL, differences);
        check("header value", value, StrictHttpFirewall.ALLOWED_HEADER_VALUES, FirewallCharacterRules.HEADER_VALUE, differences);
    }

    private static void check(String what, String value, Predicate<String> spring, Predicate<String> ours, List<String> differences) {
        if (spring.test(value) != ours.test(value) && differences.size() < 20) {
            differences.add(what + " " + value.codePoints().mapToObj(Integer::toHexString).toList() + ": Spring "
                    + spring.test(value));
        }
    }
}
