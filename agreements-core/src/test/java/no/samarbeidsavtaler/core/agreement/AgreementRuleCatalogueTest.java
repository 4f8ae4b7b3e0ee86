package no.samarbeidsavtaler.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rule codes are stable public identifiers: well-formed, unique, titled in Norwegian, and each one tested. */
class AgreementRuleCatalogueTest {

    @Test
    void codesAreKebabCaseUniqueAndTitled() {
        assertThat(AgreementRule.values()).allSatisfy(rule -> {
            assertThat(rule.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.title()).isNotBlank();
        });
        assertThat(Arrays.stream(AgreementRule.values()).map(AgreementRule::code).distinct()).hasSize(AgreementRule.values().length);
    }

    @Test
    void everyRuleIsExpectedByAFixtureTest() throws IOException {
        String tests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java/no/samarbeidsavtaler/core/agreement"))) {
            tests = files.filter(p -> p.toString().endsWith("Test.java") && !p.endsWith("AgreementRuleCatalogueTest.java"))
                    .map(AgreementRuleCatalogueTest::read).collect(Collectors.joining("\n"));
        }
        String content = tests;
        assertThat(AgreementRule.values()).allSatisfy(rule ->
                assertThat(content).as("a test expecting %s", rule).contains("violates(AgreementRule." + rule.name()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
