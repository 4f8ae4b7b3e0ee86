package no.samarbeidsavtaler.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Health trusts, current municipalities and catchment areas as loaded from the bundled CSVs. */
class CsvPartyCatalogueTest {

    static final CsvPartyCatalogue CATALOGUE = CsvPartyCatalogue.fromClasspath();

    static MunicipalityNumber k(String number) {
        return new MunicipalityNumber(number);
    }

    static OrganisationNumber org(String number) {
        return new OrganisationNumber(number);
    }

    static final OrganisationNumber HELSE_FONNA = org("983974694");
    static final OrganisationNumber HELSE_BERGEN = org("983974724");
    static final OrganisationNumber OUS = org("993467049");
    static final OrganisationNumber AHUS = org("983971636");

    @Test
    void nineteenHealthTrustsUnderFourRegionalAuthorities() {
        assertThat(CATALOGUE.healthTrusts()).hasSize(19);
        assertThat(CATALOGUE.healthTrusts().stream().map(HealthTrust::regionalHealthAuthority).distinct())
                .containsExactlyInAnyOrder("Helse Sør-Øst RHF", "Helse Vest RHF", "Helse Midt-Norge RHF", "Helse Nord RHF");
        assertThat(CATALOGUE.healthTrust(HELSE_FONNA)).hasValueSatisfying(hf -> {
            assertThat(hf.name()).isEqualTo("Helse Fonna HF");
            assertThat(hf.regionalHealthAuthority()).isEqualTo("Helse Vest RHF");
            assertThat(hf.regionalHealthAuthorityNumber()).isEqualTo(org("983658725"));
        });
    }

    @Test
    void privateHospitalsAndRegionalAuthoritiesAreNotHealthTrusts() {
        assertThat(CATALOGUE.healthTrust(org("965985166"))).isEmpty(); // Lovisenberg
        assertThat(CATALOGUE.healthTrust(org("883971752"))).isEmpty(); // Sunnaas, left out on purpose
        assertThat(CATALOGUE.healthTrust(org("983658725"))).isEmpty(); // Helse Vest RHF
    }

    @Test
    void threeHundredFiftySevenCurrentMunicipalities() {
        List<Municipality> current = CATALOGUE.currentMunicipalities();
        assertThat(current).hasSize(357).allSatisfy(m -> assertThat(m.validTo()).isNull());
        assertThat(current.stream().map(Municipality::county).distinct()).hasSize(15);
        assertThat(CATALOGUE.allMunicipalities()).hasSize(357 + 423);
        assertThat(CATALOGUE.municipality(k("4618"))).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Ullensvang");
            assertThat(m.county()).isEqualTo("Vestland");
        });
    }

    @Test
    void helseFonnaHasExactlyTheSixteenMunicipalitiesOfKlass629() {
        assertThat(CATALOGUE.catchmentArea(HELSE_FONNA)).extracting(MunicipalityNumber::value)
                .containsExactlyInAnyOrder("1106", "1134", "1135", "1145", "1146", "1149", "1151", "1160",
                        "4611", "4612", "4613", "4614", "4615", "4616", "4617", "4618");
    }

    @Test
    void eidfjordAndGulenFollowKlassNotSkde() {
        assertThat(CATALOGUE.catchmentArea(HELSE_FONNA)).doesNotContain(k("4619"));
        assertThat(CATALOGUE.catchmentArea(HELSE_BERGEN)).contains(k("4619"), k("4635"));
        assertThat(CATALOGUE.catchmentOf(k("4619"))).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("Helse Fonna"));
    }

    @Test
    void osloBelongsToBothOusAndAhusAndIsSplit() {
        assertThat(CATALOGUE.catchmentArea(OUS)).contains(k("0301"));
        assertThat(CATALOGUE.catchmentArea(AHUS)).contains(k("0301"));
        assertThat(CATALOGUE.catchmentOf(k("0301"))).extracting(CatchmentEntry::ownerName)
                .containsExactlyInAnyOrder("Oslo universitetssykehus HF", "Akershus universitetssykehus HF",
                        "Lovisenberg diakonale sykehus AS", "Diakonhjemmet sykehus AS");
        assertThat(CATALOGUE.isSplitMunicipality(k("0301"))).isTrue();
        assertThat(CATALOGUE.isSplitMunicipality(k("3903"))).isTrue(); // Holmestrand: Vestfold + Vestre Viken
        assertThat(CATALOGUE.catchmentArea(org("894166762"))).contains(k("3903"));
    }

    @Test
    void splitWithinOneTrustIsListedOnceAndIsNotASplitMunicipality() {
        List<MunicipalityNumber> bergen = CATALOGUE.catchmentArea(HELSE_BERGEN);
        assertThat(bergen).filteredOn(k("4601")::equals).hasSize(1);
        assertThat(bergen).doesNotHaveDuplicates();
        assertThat(CATALOGUE.isSplitMunicipality(k("4601"))).isFalse();
        assertThat(CATALOGUE.catchmentOf(k("4601"))).singleElement().satisfies(e -> {
            assertThat(e.split()).isEqualTo(CatchmentSplit.SPLIT_WITHIN_TRUST);
            assertThat(e.localHospitalAreas()).containsExactly("S17 Haukeland", "S16 Haraldsplass");
        });
        assertThat(CATALOGUE.isSplitMunicipality(k("1106"))).isFalse();
    }

    @Test
    void everyTrustHasACatchmentAreaAndTogetherTheyCoverEveryCurrentMunicipality() {
        Set<MunicipalityNumber> covered = CATALOGUE.healthTrusts().stream()
                .flatMap(hf -> CATALOGUE.catchmentArea(hf.organisationNumber()).stream())
                .collect(Collectors.toSet());
        assertThat(CATALOGUE.healthTrusts()).allSatisfy(hf ->
                assertThat(CATALOGUE.catchmentArea(hf.organisationNumber())).as(hf.name()).isNotEmpty());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                CATALOGUE.currentMunicipalities().stream().map(Municipality::number).toList());
    }

    @Test
    void unknownNumbersGiveEmptyAnswers() {
        assertThat(CATALOGUE.healthTrust(org("974760673"))).isEmpty(); // valid mod-11, not an HF
        assertThat(CATALOGUE.catchmentArea(org("974760673"))).isEmpty();
        assertThat(CATALOGUE.municipality(k("9999"))).isEmpty();
        assertThat(CATALOGUE.currentSuccessors(k("9999"))).isEmpty();
        assertThat(CATALOGUE.predecessorsAndSelf(k("9999"))).isEmpty();
        assertThat(CATALOGUE.catchmentOf(k("9999"))).isEmpty();
        assertThat(CATALOGUE.userOrganisation("ukjent")).isEmpty();
        assertThat(CATALOGUE.userOrganisation(null)).isEmpty();
    }

    @Test
    void catalogueIsImmutable() {
        assertThat(CsvPartyCatalogue.fromClasspath()).isSameAs(CATALOGUE);
        List<HealthTrust> trusts = CATALOGUE.healthTrusts();
        assertThatThrownBy(trusts::clear)
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOGUE.catchmentArea(HELSE_FONNA).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(CATALOGUE.healthTrusts()).hasSize(19);
    }
}
