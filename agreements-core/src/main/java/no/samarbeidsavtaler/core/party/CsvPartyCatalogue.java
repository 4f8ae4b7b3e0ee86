package no.samarbeidsavtaler.core.party;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.core.party.ReferenceDataRows.CurrentMunicipality;

/**
 * The party catalogue read from the CSV files in {@code reference-data/} (provenance and caveats in
 * {@code reference-data/SOURCES.md}). Immutable after construction; every lookup is a map access
 * or a precomputed list, so it can be shared by all command handlers.
 *
 * <p>Validity periods ({@link Municipality#validFrom()}/{@code validTo}) are derived from the change
 * table, which only covers changes from 2020-01-01 to 2024-01-01:
 * <ul>
 *   <li>a number created by a change (e.g. 4618 Ullensvang in 2020, 3101 Halden in 2024) is valid from
 *       that change's date;</li>
 *   <li>a number that already existed before the first change in the data (0301 Oslo, 1228 Odda,
 *       1103 Stavanger which kept its number in the 2020 merge) gets {@link #BEFORE_DATA};</li>
 *   <li>a historic number is valid until (exclusive) the date of the change that ended it;
 *       current numbers have {@code validTo == null}.</li>
 * </ul>
 * Names: current municipalities use the Norwegian {@code name} column of kommuner.csv; historic ones
 * use the old name exactly as KLASS wrote it when the number ended (so it may carry a Sami name or a
 * county suffix, e.g. "Tysfjord - Divtasvuodna"). County: current ones use {@code fylkesnavn}; a
 * historic number gets the current county with the same two-digit prefix if there is one (11, 15,
 * 18 and 50 kept their numbers), otherwise {@code null}, because the names of dissolved counties
 * (e.g. 12 Hordaland, 30 Viken) are not in the verified data.
 */
public final class CsvPartyCatalogue implements PartyCatalogue {

    /**
     * validFrom for numbers that existed before the first change in the data (2020-01-01); their real
     * start is unknown. 1838-01-01 (formannskapslovene) keeps {@code validOn} true for any date an
     * agreement could have; it is a sentinel, not a claim that the number existed then.
     */
    public static final LocalDate BEFORE_DATA = LocalDate.of(1838, 1, 1);

    static final List<String> FILES = List.of("helseforetak.csv", "kommuner.csv", "kommune-changes.csv",
            "opptaksomrader.csv", "brukerorganisasjoner.csv");

    private final Map<OrganisationNumber, HealthTrust> healthTrusts;
    private final Map<MunicipalityNumber, Municipality> municipalities;
    private final List<Municipality> currentMunicipalities;
    private final MunicipalityHistory history;
    private final Map<OrganisationNumber, List<CatchmentEntry>> catchmentByOwner;
    private final Map<OrganisationNumber, List<MunicipalityNumber>> catchmentAreaByOwner;
    private final Map<MunicipalityNumber, List<CatchmentEntry>> catchmentByMunicipality;
    private final Map<String, UserOrganisation> userOrganisations;

    private CsvPartyCatalogue(Function<String, CsvTable> files) {
        healthTrusts = unique(ReferenceDataRows.healthTrusts(files.apply("helseforetak.csv")),
                HealthTrust::organisationNumber);
        List<CurrentMunicipality> current = ReferenceDataRows.currentMunicipalities(files.apply("kommuner.csv"));
        history = new MunicipalityHistory(current.stream().map(CurrentMunicipality::number).collect(Collectors.toSet()),
                ReferenceDataRows.changes(files.apply("kommune-changes.csv")));
        List<Municipality> all = history.municipalities(current);
        currentMunicipalities = all.subList(0, current.size());
        municipalities = unique(all, Municipality::number);
        List<CatchmentEntry> catchment = ReferenceDataRows.catchment(files.apply("opptaksomrader.csv"));
        for (CatchmentEntry entry : catchment) {
            Municipality m = municipalities.get(entry.municipality());
            if (m == null || m.validTo() != null) { // catchment areas use 2024 numbers only
                throw new IllegalStateException("opptaksomrader.csv: " + entry.municipality()
                        + " er ikke et gjeldende kommunenummer");
            }
        }
        catchmentByOwner = group(catchment, CatchmentEntry::owner);
        catchmentAreaByOwner = catchmentByOwner.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(CatchmentEntry::municipality).distinct().toList()));
        catchmentByMunicipality = group(catchment, CatchmentEntry::municipality);
        userOrganisations = unique(ReferenceDataRows.userOrganisations(files.apply("brukerorganisasjoner.csv")),
                UserOrganisation::slug);
    }

    /** The catalogue built from the bundled resources; read once per JVM and shared (it is immutable). */
    public static CsvPartyCatalogue fromClasspath() {
        return ClasspathHolder.INSTANCE;
    }

    /**
     * Builds a catalogue from other copies of the same files (opened by file name, UTF-8), e.g. to
     * test the consistency checks or to load a newer extract. The caller's readers are closed.
     */
    public static CsvPartyCatalogue load(Function<String, Reader> files) {
        return new CsvPartyCatalogue(name -> {
            try (Reader reader = files.apply(name)) {
                return CsvTable.read(reader, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final class ClasspathHolder {
        static final CsvPartyCatalogue INSTANCE =
                new CsvPartyCatalogue(name -> CsvTable.fromClasspath("/reference-data/" + name));
    }

    @Override
    public List<HealthTrust> healthTrusts() {
        return List.copyOf(healthTrusts.values());
    }

    @Override
    public Optional<HealthTrust> healthTrust(OrganisationNumber number) {
        return Optional.ofNullable(healthTrusts.get(number));
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityNumber number) {
        return Optional.ofNullable(municipalities.get(number));
    }

    @Override
    public List<Municipality> currentMunicipalities() {
        return currentMunicipalities;
    }

    /** Current and historic municipalities: current ones first, both in number order. */
    public List<Municipality> allMunicipalities() {
        return List.copyOf(municipalities.values());
    }

    /** Follows 2020 and 2024 changes transitively; a split yields all parts (see {@link MunicipalityHistory}). */
    @Override
    public List<MunicipalityNumber> currentSuccessors(MunicipalityNumber number) {
        return history.currentSuccessors(number);
    }

    /** The number first, then its predecessors in number order; empty for an unknown number. */
    @Override
    public List<MunicipalityNumber> predecessorsAndSelf(MunicipalityNumber current) {
        return history.predecessorsAndSelf(current);
    }

    /**
     * Distinct municipalities of the catchment area, in file order. Also answers for the two private
     * Oslo hospitals, which have a catchment area without being health trusts.
     */
    @Override
    public List<MunicipalityNumber> catchmentArea(OrganisationNumber healthTrust) {
        return catchmentAreaByOwner.getOrDefault(healthTrust, List.of());
    }

    /** The catchment rows of one hospital, with split flags, KLASS areas and notes. */
    public List<CatchmentEntry> catchmentEntries(OrganisationNumber owner) {
        return catchmentByOwner.getOrDefault(owner, List.of());
    }

    /** Every catchment row naming the municipality: several for 0301 Oslo and 3903 Holmestrand. */
    public List<CatchmentEntry> catchmentOf(MunicipalityNumber municipality) {
        return catchmentByMunicipality.getOrDefault(municipality, List.of());
    }

    /** True when the municipality is split between hospitals with different organisation numbers. */
    public boolean isSplitMunicipality(MunicipalityNumber municipality) {
        return catchmentOf(municipality).stream().anyMatch(e -> e.split() == CatchmentSplit.SPLIT_ACROSS_HOSPITALS);
    }

    @Override
    public List<UserOrganisation> userOrganisations() {
        return List.copyOf(userOrganisations.values());
    }

    @Override
    public Optional<UserOrganisation> userOrganisation(String slug) {
        return Optional.ofNullable(userOrganisations.get(slug));
    }

    /** Insertion-ordered, unmodifiable map; a duplicate key is a data error. */
    private static <K, V> Map<K, V> unique(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            if (map.put(key.apply(value), value) != null) {
                throw new IllegalStateException("Dobbel nøkkel i referansedata: " + key.apply(value));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static <K> Map<K, List<CatchmentEntry>> group(List<CatchmentEntry> entries, Function<CatchmentEntry, K> key) {
        Map<K, List<CatchmentEntry>> map = new HashMap<>();
        entries.forEach(e -> map.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }
}
