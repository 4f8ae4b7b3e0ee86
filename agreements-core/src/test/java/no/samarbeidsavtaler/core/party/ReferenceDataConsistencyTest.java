package no.samarbeidsavtaler.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader refuses reference data that is inconsistent instead of answering wrongly later. */
class ReferenceDataConsistencyTest {

    private static String resource(String name) {
        try (InputStream in = ReferenceDataConsistencyTest.class.getResourceAsStream("/reference-data/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvPartyCatalogue loadWith(String file, String content) {
        Map<String, String> files = new HashMap<>();
        CsvPartyCatalogue.FILES.forEach(f -> files.put(f, resource(f)));
        files.put(file, content);
        return CsvPartyCatalogue.load(name -> new StringReader(files.get(name)));
    }

    @Test
    void unchangedCopiesLoadToTheSameAnswers() {
        CsvPartyCatalogue copy = loadWith("kommuner.csv", resource("kommuner.csv"));
        assertThat(copy.allMunicipalities()).isEqualTo(CsvPartyCatalogue.fromClasspath().allMunicipalities());
        assertThat(copy.healthTrusts()).isEqualTo(CsvPartyCatalogue.fromClasspath().healthTrusts());
    }

    @Test
    void changeToANumberThatNeitherExistsNorEndsIsRefused() {
        String changes = resource("kommune-changes.csv") + "2024-01-01,3101,Halden,3199,Halden,renumber\n";
        assertThatThrownBy(() -> loadWith("kommune-changes.csv", changes))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("3199");
    }

    @Test
    void reusedNumberIsRefused() {
        // 1228 Odda ended in 2020; bringing the number back in 2024 would make lineage ambiguous.
        String changes = resource("kommune-changes.csv")
                + "2024-01-01,4618,Ullensvang,4618,Ullensvang,split\n2024-01-01,4618,Ullensvang,1228,Odda,split\n";
        assertThatThrownBy(() -> loadWith("kommune-changes.csv", changes))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1228");
    }

    @Test
    void catchmentWithHistoricNumberIsRefused() {
        String catchment = resource("opptaksomrader.csv")
                + "Helse Fonna HF,1228,Odda,2025,983974694,Helse Vest RHF,S14 Odda,no,,\n";
        assertThatThrownBy(() -> loadWith("opptaksomrader.csv", catchment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1228");
    }

    @Test
    void municipalityListedTwiceForOneTrustIsReturnedOnce() {
        // KLASS may list a municipality once per lokalsykehusområde; the catchment area is a set.
        String catchment = resource("opptaksomrader.csv")
                + "Helse Bergen HF,4601,Bergen,2025,983974724,Helse Vest RHF,S16 Haraldsplass,within-hf,,\n";
        CsvPartyCatalogue catalogue = loadWith("opptaksomrader.csv", catchment);
        OrganisationNumber helseBergen = new OrganisationNumber("983974724");
        assertThat(catalogue.catchmentEntries(helseBergen)).filteredOn(e -> e.municipality().value().equals("4601")).hasSize(2);
        assertThat(catalogue.catchmentArea(helseBergen)).doesNotHaveDuplicates()
                .hasSize(CsvPartyCatalogue.fromClasspath().catchmentArea(helseBergen).size());
    }

    @Test
    void invalidOrganisationNumberNamesFileAndRow() {
        String trusts = resource("helseforetak.csv").replace("983974694", "983974695");
        assertThatThrownBy(() -> loadWith("helseforetak.csv", trusts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helseforetak.csv post").hasMessageContaining("983974695");
    }

    @Test
    void duplicateUserOrganisationSlugIsRefused() {
        String orgs = resource("brukerorganisasjoner.csv") + "ffo,FFO igjen,\"seeds/x line 1: \"\"FFO\"\"\"\n";
        assertThatThrownBy(() -> loadWith("brukerorganisasjoner.csv", orgs))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ffo");
    }
}
