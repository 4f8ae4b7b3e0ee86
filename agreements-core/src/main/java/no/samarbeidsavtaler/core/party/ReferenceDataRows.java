package no.samarbeidsavtaler.core.party;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/**
 * Turns the rows of the reference-data CSV files into domain values. Every identifier goes through
 * its value type, so an invalid organisasjonsnummer or kommunenummer in a file stops start-up with
 * the file and row named.
 */
final class ReferenceDataRows {

    /** A row of kommuner.csv; the validity period is added from the change history. */
    record CurrentMunicipality(MunicipalityNumber number, String name, String countyNumber, String county) {
    }

    private ReferenceDataRows() {
    }

    static List<HealthTrust> healthTrusts(CsvTable table) {
        return map(table, row -> new HealthTrust(
                new OrganisationNumber(row.get("orgnr")), row.get("hf_name"),
                row.get("rhf_name"), new OrganisationNumber(row.get("rhf_orgnr"))));
    }

    static List<CurrentMunicipality> currentMunicipalities(CsvTable table) {
        return map(table, row -> new CurrentMunicipality(new MunicipalityNumber(row.get("kommunenummer")),
                row.get("name"), row.get("fylkesnummer"), row.get("fylkesnavn")));
    }

    static List<MunicipalityChange> changes(CsvTable table) {
        return map(table, row -> new MunicipalityChange(LocalDate.parse(row.get("date")),
                new MunicipalityNumber(row.get("old_kommunenummer")), row.get("old_name"),
                new MunicipalityNumber(row.get("new_kommunenummer")), row.get("new_name"),
                row.get("change_type")));
    }

    static List<CatchmentEntry> catchment(CsvTable table) {
        return map(table, row -> new CatchmentEntry(new OrganisationNumber(row.get("hf_orgnr")), row.get("hf"),
                new MunicipalityNumber(row.get("kommunenummer")),
                CatchmentSplit.fromCsv(row.get("split_municipality")),
                Arrays.stream(row.get("lokalsykehusomrade").split(";")).map(String::strip).toList(),
                row.get("note")));
    }

    static List<UserOrganisation> userOrganisations(CsvTable table) {
        return map(table, row -> {
            String slug = row.get("slug");
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("«" + slug + "» er ikke en gyldig slug (a-z, 0-9, bindestrek)");
            }
            if (row.get("name").isBlank() || row.get("source").isBlank()) {
                throw new IllegalArgumentException("Brukerorganisasjon «" + slug + "» mangler navn eller kilde");
            }
            return new UserOrganisation(slug, row.get("name"));
        });
    }

    /** Maps every row, naming the file and row when a value is rejected. */
    private static <T> List<T> map(CsvTable table, Function<CsvTable.Row, T> mapper) {
        return table.rows().stream().map(row -> {
            try {
                return mapper.apply(row);
            } catch (RuleViolation | IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException("Ugyldig referansedata i " + row.origin() + ": " + e.getMessage(), e);
            }
        }).toList();
    }
}
