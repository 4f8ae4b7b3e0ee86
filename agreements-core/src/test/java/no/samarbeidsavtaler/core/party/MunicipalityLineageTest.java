package no.samarbeidsavtaler.core.party;

import static no.samarbeidsavtaler.core.party.CsvPartyCatalogueTest.CATALOGUE;
import static no.samarbeidsavtaler.core.party.CsvPartyCatalogueTest.k;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lineage through the 2020 and 2024 reforms, and the validity periods derived from the change table. */
class MunicipalityLineageTest {

    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

    @Test
    void oddaBecameUllensvang() {
        assertThat(CATALOGUE.currentSuccessors(k("1228"))).containsExactly(k("4618"));
    }

    @Test
    void ullensvangCameFromJondalOddaAndOldUllensvang() {
        assertThat(CATALOGUE.predecessorsAndSelf(k("4618")))
                .containsExactly(k("4618"), k("1227"), k("1228"), k("1231"));
    }

    @Test
    void haldenChainIsFollowedThroughBothReforms() {
        assertThat(CATALOGUE.currentSuccessors(k("0101"))).containsExactly(k("3101"));
        assertThat(CATALOGUE.currentSuccessors(k("3001"))).containsExactly(k("3101"));
        assertThat(CATALOGUE.predecessorsAndSelf(k("3101"))).containsExactly(k("3101"), k("0101"), k("3001"));
    }

    @Test
    void alesundSplitGivesBothParts() {
        assertThat(CATALOGUE.currentSuccessors(k("1507"))).containsExactly(k("1508"), k("1580"));
        // Lineage is by number: the table does not say which 2024 part old Haram went to.
        assertThat(CATALOGUE.currentSuccessors(k("1534"))).containsExactly(k("1508"), k("1580"));
        assertThat(CATALOGUE.predecessorsAndSelf(k("1580")))
                .containsExactly(k("1580"), k("1504"), k("1507"), k("1523"), k("1529"), k("1534"), k("1546"));
    }

    @Test
    void twentyTwentyPartMergersSplitOldNumbers() {
        assertThat(CATALOGUE.currentSuccessors(k("5012"))).containsExactly(k("5055"), k("5056"), k("5059"));
        assertThat(CATALOGUE.currentSuccessors(k("1850"))).containsExactly(k("1806"), k("1875"));
    }

    @Test
    void currentNumberMapsToItself() {
        assertThat(CATALOGUE.currentSuccessors(k("0301"))).containsExactly(k("0301"));
        assertThat(CATALOGUE.currentSuccessors(k("1103"))).containsExactly(k("1103"));
        assertThat(CATALOGUE.predecessorsAndSelf(k("0301"))).containsExactly(k("0301"));
        assertThat(CATALOGUE.predecessorsAndSelf(k("1103"))).containsExactly(k("1103"), k("1141"), k("1142"));
    }

    @Test
    void everyKnownNumberLeadsToAtLeastOneCurrentNumber() {
        assertThat(CATALOGUE.allMunicipalities()).allSatisfy(m ->
                assertThat(CATALOGUE.currentSuccessors(m.number())).as(m.number().value())
                        .isNotEmpty().allSatisfy(s -> assertThat(CATALOGUE.municipality(s).orElseThrow().validTo()).isNull()));
    }

    @Test
    void historicNumberEndedBeforeTheDataStartsGetsTheSentinelStart() {
        assertThat(CATALOGUE.municipality(k("1228"))).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Odda");
            assertThat(m.validFrom()).isEqualTo(CsvPartyCatalogue.BEFORE_DATA);
            assertThat(m.validTo()).isEqualTo(Y2020);
            assertThat(m.county()).isNull(); // 12 Hordaland is not in the verified data
        });
        assertThat(CATALOGUE.isValidOn(k("1228"), LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(CATALOGUE.isValidOn(k("1228"), Y2020)).isFalse();
    }

    @Test
    void numberCreatedIn2020AndEndedIn2024HasBothDates() {
        assertThat(CATALOGUE.municipality(k("3001"))).hasValueSatisfying(m -> {
            assertThat(m.validFrom()).isEqualTo(Y2020);
            assertThat(m.validTo()).isEqualTo(Y2024);
        });
        assertThat(CATALOGUE.municipality(k("1507"))).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Ålesund");
            assertThat(m.county()).isEqualTo("Møre og Romsdal"); // county 15 kept its number
        });
    }

    @Test
    void currentNumbersStartWhenCreatedOrBeforeTheData() {
        assertThat(CATALOGUE.municipality(k("3101")).orElseThrow().validFrom()).isEqualTo(Y2024);
        assertThat(CATALOGUE.municipality(k("4618")).orElseThrow().validFrom()).isEqualTo(Y2020);
        assertThat(CATALOGUE.municipality(k("0301")).orElseThrow().validFrom()).isEqualTo(CsvPartyCatalogue.BEFORE_DATA);
        // 1103 Stavanger kept its number when it absorbed Finnøy and Rennesøy in 2020.
        assertThat(CATALOGUE.municipality(k("1103")).orElseThrow().validFrom()).isEqualTo(CsvPartyCatalogue.BEFORE_DATA);
        // A rename under the same number (Evenes, 2022) does not end or start the number.
        assertThat(CATALOGUE.municipality(k("1853"))).hasValueSatisfying(m -> {
            assertThat(m.validFrom()).isEqualTo(CsvPartyCatalogue.BEFORE_DATA);
            assertThat(m.validTo()).isNull();
        });
        assertThat(CATALOGUE.isValidOn(k("3101"), LocalDate.of(2023, 12, 31))).isFalse();
    }

    @Test
    void validityPeriodsArePlausible() {
        assertThat(CATALOGUE.allMunicipalities()).allSatisfy(m -> {
            assertThat(m.validFrom()).isIn(CsvPartyCatalogue.BEFORE_DATA, Y2020, Y2024);
            if (m.validTo() != null) {
                assertThat(m.validTo()).isAfter(m.validFrom()).isIn(Y2020, Y2024);
            }
        });
    }
}
