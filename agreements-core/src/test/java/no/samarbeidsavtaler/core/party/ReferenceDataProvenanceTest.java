package no.samarbeidsavtaler.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled data is a byte-for-byte copy of the team's verified files, and every user organisation
 * is quoted from a seed document. The shared folders exist only on the team machine, so these tests
 * are skipped (not failed) in a user's clone.
 */
class ReferenceDataProvenanceTest {

    private static final Path SHARED = Path.of("/work/shared");

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = ReferenceDataProvenanceTest.class.getResourceAsStream("/reference-data/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommuner.csv", "kommune-changes.csv", "helseforetak.csv", "opptaksomrader.csv", "SOURCES.md"})
    void bundledFileIsAnExactCopy(String name) throws IOException {
        Path original = SHARED.resolve("data").resolve(name);
        assumeTrue(Files.isRegularFile(original), "shared data not available");
        assertThat(bundled(name)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void everyUserOrganisationIsQuotedFromTheSeedLineItCites() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("seeds")), "seed documents not available");
        Pattern citation = Pattern.compile("seeds/(\\S+) line (\\d+): \"(.+)\"");
        List<CsvTable.Row> rows = CsvTable.fromClasspath("/reference-data/brukerorganisasjoner.csv").rows();
        assertThat(rows).hasSize(CsvPartyCatalogue.fromClasspath().userOrganisations().size());
        for (CsvTable.Row row : rows) {
            Matcher m = citation.matcher(row.get("source"));
            assertThat(m.matches()).as(row.get("source")).isTrue();
            List<String> lines = Files.readAllLines(SHARED.resolve("seeds").resolve(m.group(1)), StandardCharsets.UTF_8);
            assertThat(lines.get(Integer.parseInt(m.group(2)) - 1)).as(row.get("slug")).contains(m.group(3));
        }
    }
}
