package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.samarbeidsavtaler.api.ui.responsibility.ParsedQuestion;
import no.samarbeidsavtaler.api.ui.responsibility.QuestionParser;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import org.junit.jupiter.api.Test;

/** The question box's keyword parser: bokmål words to facets. */
class QuestionParserTest {

    private final QuestionParser parser = new QuestionParser(CsvPartyCatalogue.fromClasspath());

    @Test
    void newlyDiagnosedWithDiabetesInHelseFonna() {
        ParsedQuestion q = parser.parse("Hvem har ansvaret for nydiagnostiserte med diabetes i Helse Fonna?");

        assertThat(q.offering().pathwayPhase()).isEqualTo(PathwayPhase.NEWLY_DIAGNOSED);
        assertThat(q.offering().condition().code()).isEqualTo("E11");
        assertThat(q.offering().category()).as("a diagnosis means kategori 2").isEqualTo(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP);
        assertThat(q.healthTrust()).isEqualTo("983974694");
        assertThat(q.municipalities()).isEmpty();
        assertThat(q.notes()).anySatisfy(n -> assertThat(n).contains("E11"));
    }

    @Test
    void theLongestDiagnosisPhraseWins() {
        assertThat(parser.parse("kurs for diabetes type 1").offering().condition().code()).isEqualTo("E10");
    }

    @Test
    void frisklivForChildrenAndYouthInACapitalisedMunicipalityOnADate() {
        ParsedQuestion q = parser.parse("friskliv for barn og unge i Karmøy 1.1.2019");

        assertThat(q.offering().category()).isEqualTo(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);
        assertThat(q.offering().targetGroup()).isEqualTo(TargetGroup.CHILDREN_AND_YOUTH);
        assertThat(q.municipalities()).containsExactly("1149");
        assertThat(q.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void municipalityNamesThatAreOrdinaryWordsCountOnlyCapitalised() {
        assertThat(parser.parse("hvem har ansvaret en time i uka").municipalities()).isEmpty();
        assertThat(parser.parse("hvem har ansvaret i Time").municipalities()).containsExactly("1121");
    }

    @Test
    void aTrustNameIsNotReadAsTheMunicipalityInside() {
        ParsedQuestion q = parser.parse("friskliv i Helse Stavanger");

        assertThat(q.healthTrust()).isEqualTo("983974678");
        assertThat(q.municipalities()).isEmpty();
    }
}
