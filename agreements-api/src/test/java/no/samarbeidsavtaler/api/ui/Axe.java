package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs axe-core (the axe.min.js shipped in com.deque.html.axe-core:selenium) in the page against the
 * WCAG 2.0/2.1 A and AA rules and fails on any serious or critical violation; minor and moderate ones
 * are logged, so they are visible without failing the build.
 */
public final class Axe {

    private static final Logger log = LoggerFactory.getLogger(Axe.class);
    private static final String SCRIPT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** One violated rule: its id, impact and the first few elements it was found on. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
    }

    public static List<Violation> run(Browser browser) {
        JavascriptExecutor js = browser.driver();
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
        try {
            JsonNode violations = JSON.readTree((String) result);
            assertThat(violations.has("error")).as("axe failed: %s", result).isFalse();
            List<Violation> found = new ArrayList<>();
            for (JsonNode v : violations) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> {
                    if (targets.size() < 3) {
                        targets.add(n.path("target").toString() + " " + n.path("failureSummary").asText().replace('\n', ' '));
                    }
                });
                found.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), targets));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts no serious or critical violation on the current page; logs the rest. */
    public static void check(Browser browser, String page) {
        List<Violation> violations = run(browser);
        violations.forEach(v -> log.info("axe {} [{}] {}: {} {}", page, v.impact(), v.rule(), v.help(), v.targets()));
        log.info("axe {}: {} violations ({} serious or critical)", page, violations.size(),
                violations.stream().filter(Axe::blocking).count());
        assertThat(violations.stream().filter(Axe::blocking).toList()).as("serious/critical axe violations on " + page).isEmpty();
    }

    private static boolean blocking(Violation v) {
        return "serious".equals(v.impact()) || "critical".equals(v.impact());
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
