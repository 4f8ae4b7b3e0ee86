package no.samarbeidsavtaler.api.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** Bodies too large or too deep to keep in the corpus file, by name. */
final class BodyGenerators {

    private static final String VALID_PREFIX = "{\"kind\": \"OVERALL\", \"healthTrust\": \"983974694\", "
            + "\"municipalities\": [\"4618\"], \"statutoryPoints\": [1, 2], \"title\": ";

    private static final Map<String, Supplier<String>> GENERATORS = Map.ofEntries(
            Map.entry("deep-array-1k", () -> nested("[", "]", 1_000)),
            Map.entry("deep-array-100k", () -> nested("[", "]", 100_000)),
            Map.entry("deep-object-1k", () -> nested("{\"a\":", "}", 1_000)),
            Map.entry("deep-object-50k", () -> nested("{\"a\":", "}", 50_000)),
            Map.entry("deep-title-object-5k", () -> VALID_PREFIX + nested("{\"a\":", "}", 5_000) + "}"),
            Map.entry("deep-municipalities-10k", () -> VALID_PREFIX.replace("[\"4618\"]", nested("[", "]", 10_000))
                    + "\"t\"}"),
            Map.entry("huge-title-2mb", () -> VALID_PREFIX + "\"" + "x".repeat(2_000_000) + "\"}"),
            Map.entry("huge-whitespace-2mb", () -> " ".repeat(2_000_000) + "{}"),
            Map.entry("overlong-title-900k", () -> VALID_PREFIX + "\"" + "x".repeat(900_000) + "\"}"),
            Map.entry("overlong-title-emoji-200k", () -> VALID_PREFIX + "\"" + "😀".repeat(200_000) + "\"}"),
            Map.entry("overlong-title-combining-300k", () -> VALID_PREFIX + "\"a" + "\u0301".repeat(300_000) + "\"}"),
            Map.entry("overlong-reason-100k", () -> VALID_PREFIX + "\"t\", \"reason\": \"" + "r".repeat(100_000) + "\"}"),
            Map.entry("many-municipalities-100k", () -> VALID_PREFIX.replace("[\"4618\"]",
                    "[" + "\"4618\",".repeat(99_999) + "\"4618\"]") + "\"t\"}"),
            Map.entry("many-statutory-points-200k", () -> VALID_PREFIX.replace("[1, 2]", "[" + "1,".repeat(199_999) + "1]")
                    + "\"t\"}"),
            Map.entry("many-unknown-fields-20k", () -> many("\"f%d\": 1", 20_000)),
            Map.entry("long-key-500k", () -> "{\"" + "k".repeat(500_000) + "\": 1}"),
            Map.entry("long-number-100k", () -> VALID_PREFIX.replace("[1, 2]", "[" + "9".repeat(100_000) + "]") + "\"t\"}"),
            Map.entry("long-decimal-exponent", () -> VALID_PREFIX.replace("[1, 2]", "[1e" + "9".repeat(10_000) + "]")
                    + "\"t\"}"),
            Map.entry("deep-import-100k", () -> "{\"format\": \"samarbeidsavtaler-bundle\", \"formatVersion\": 1, "
                    + "\"agreements\": " + nested("[", "]", 100_000) + "}"),
            Map.entry("deep-adoption-deviations-20k", () -> "{\"party\": " + nested("{\"a\":", "}", 20_000) + "}"));

    private BodyGenerators() {
    }

    static byte[] generate(String name) {
        Supplier<String> generator = GENERATORS.get(name);
        if (generator == null) {
            throw new IllegalArgumentException("Unknown body generator " + name);
        }
        return generator.get().getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    private static String many(String fieldFormat, int count) {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append(fieldFormat.formatted(i));
        }
        return body.append('}').toString();
    }
}
