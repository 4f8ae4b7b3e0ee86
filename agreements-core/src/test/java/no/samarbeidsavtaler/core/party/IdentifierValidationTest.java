package no.samarbeidsavtaler.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.Set;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifiers in the bundled reference data pass validation; corrupted and malformed ones fail. */
class IdentifierValidationTest {

    /** Every organisation number in helseforetak.csv (HF and RHF) and opptaksomrader.csv. */
    private static Set<String> organisationNumbersInData() {
        Set<String> numbers = new LinkedHashSet<>();
        for (CsvTable.Row row : CsvTable.fromClasspath("/reference-data/helseforetak.csv").rows()) {
            numbers.add(row.get("orgnr"));
            numbers.add(row.get("rhf_orgnr"));
        }
        CsvTable.fromClasspath("/reference-data/opptaksomrader.csv").rows().forEach(r -> numbers.add(r.get("hf_orgnr")));
        return numbers;
    }

    @Test
    void everyOrganisationNumberInTheDataIsValid() {
        Set<String> numbers = organisationNumbersInData();
        assertThat(numbers).hasSize(19 + 4 + 2); // HFs, RHFs, Lovisenberg and Diakonhjemmet
        assertThat(numbers).allSatisfy(n -> assertThat(new OrganisationNumber(n).value()).isEqualTo(n));
    }

    @Test
    void everySingleDigitCorruptionOfADataNumberFails() {
        for (String number : organisationNumbersInData()) {
            for (int position = 0; position < 9; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (number.charAt(position) == digit) {
                        continue;
                    }
                    String corrupted = number.substring(0, position) + digit + number.substring(position + 1);
                    assertThat(OrganisationNumber.isValid(corrupted)).as(corrupted).isFalse();
                }
            }
        }
    }

    @Test
    void corruptedOrganisationNumberThrowsWithRuleCode() {
        assertThatThrownBy(() -> new OrganisationNumber("983974695")) // Helse Fonna with last digit +1
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(PartyRule.ORGANISATION_NUMBER_IS_VALID);
                    assertThat(v.code()).isEqualTo("organisation-number-is-valid");
                    assertThat(v.field()).isEqualTo("organisationNumber");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123", "12a4", "12345", " 4618", "461８"})
    void malformedMunicipalityNumberFailsWithRuleCode(String raw) {
        assertThatThrownBy(() -> new MunicipalityNumber(raw))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(PartyRule.MUNICIPALITY_NUMBER_IS_VALID);
                    assertThat(v.code()).isEqualTo("municipality-number-is-valid");
                    assertThat(v.field()).isEqualTo("municipalityNumber");
                });
    }

    @Test
    void everyMunicipalityNumberInTheDataIsWellFormed() {
        Set<MunicipalityNumber> numbers = new LinkedHashSet<>();
        CsvTable.fromClasspath("/reference-data/kommuner.csv").rows()
                .forEach(r -> numbers.add(new MunicipalityNumber(r.get("kommunenummer"))));
        assertThat(numbers).hasSize(357);
        CsvTable.fromClasspath("/reference-data/kommune-changes.csv").rows().forEach(r -> {
            numbers.add(new MunicipalityNumber(r.get("old_kommunenummer")));
            numbers.add(new MunicipalityNumber(r.get("new_kommunenummer")));
        });
        assertThat(numbers).hasSize(357 + 423); // 423 historic numbers ended by a 2020-2024 change
    }
}
