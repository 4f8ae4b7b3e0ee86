package no.samarbeidsavtaler.core.party;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.samarbeidsavtaler.core.party.ReferenceDataRows.CurrentMunicipality;

/**
 * Validity periods and lineage of municipality numbers, derived from the KLASS change table
 * (2020-01-01 to 2024-01-01) and the set of current numbers.
 *
 * <p>A number is <em>created</em> on a date when it appears there as a new number without also
 * being an old number on that date (1103 Stavanger absorbing Finnøy keeps its number, so it is not
 * created); it <em>ends</em> on a date when it appears as an old number but not as a new one.
 * The data holds no number that ended and was later reused, and the constructor refuses data that
 * does, so lineage can follow the number graph without looking at dates.
 *
 * <p>Lineage is by number, not by area: a split passes all its parts on to every predecessor.
 * 1534 Haram merged into 1507 Ålesund in 2020, and 1507 split into 1508 Ålesund and 1580 Haram in
 * 2024, so both 1504 Ålesund and 1534 Haram have the successors [1508, 1580]; the change table does
 * not say which part each old area went to. Read the answers as "now (partly) in".
 */
final class MunicipalityHistory {

    private static final Comparator<MunicipalityNumber> BY_VALUE = Comparator.comparing(MunicipalityNumber::value);

    private final Set<MunicipalityNumber> current;
    private final Map<MunicipalityNumber, LocalDate> createdOn = new HashMap<>();
    private final Map<MunicipalityNumber, LocalDate> endedOn = new HashMap<>();
    private final Map<MunicipalityNumber, String> nameWhenEnded = new HashMap<>();
    private final Map<MunicipalityNumber, Set<MunicipalityNumber>> next = new HashMap<>();
    private final Map<MunicipalityNumber, Set<MunicipalityNumber>> previous = new HashMap<>();
    /** Precomputed answers for every known number, so lookups are one map access. */
    private final Map<MunicipalityNumber, List<MunicipalityNumber>> successors = new HashMap<>();
    private final Map<MunicipalityNumber, List<MunicipalityNumber>> predecessors = new HashMap<>();

    MunicipalityHistory(Set<MunicipalityNumber> current, List<MunicipalityChange> changes) {
        this.current = Set.copyOf(current);
        Map<LocalDate, Set<MunicipalityNumber>> oldOn = new HashMap<>();
        Map<LocalDate, Set<MunicipalityNumber>> newOn = new HashMap<>();
        for (MunicipalityChange c : changes) {
            oldOn.computeIfAbsent(c.date(), d -> new HashSet<>()).add(c.oldNumber());
            newOn.computeIfAbsent(c.date(), d -> new HashSet<>()).add(c.newNumber());
        }
        for (MunicipalityChange c : changes) {
            if (!oldOn.get(c.date()).contains(c.newNumber())) {
                record(createdOn, c.newNumber(), c.date(), "opprettet");
            }
            if (!newOn.get(c.date()).contains(c.oldNumber())) {
                record(endedOn, c.oldNumber(), c.date(), "avsluttet");
                nameWhenEnded.put(c.oldNumber(), c.oldName());
            }
            if (c.changesNumber()) {
                next.computeIfAbsent(c.oldNumber(), n -> new TreeSet<>(BY_VALUE)).add(c.newNumber());
                previous.computeIfAbsent(c.newNumber(), n -> new TreeSet<>(BY_VALUE)).add(c.oldNumber());
            }
        }
        checkConsistency(changes);
        Set<MunicipalityNumber> known = new HashSet<>(current);
        known.addAll(endedOn.keySet());
        for (MunicipalityNumber n : known) {
            successors.put(n, reachable(n, next).stream().filter(current::contains).sorted(BY_VALUE).toList());
            List<MunicipalityNumber> lineage = new ArrayList<>();
            lineage.add(n);
            reachable(n, previous).stream().filter(p -> !p.equals(n)).sorted(BY_VALUE).forEach(lineage::add);
            predecessors.put(n, List.copyOf(lineage));
        }
    }

    private static void record(Map<MunicipalityNumber, LocalDate> dates, MunicipalityNumber number,
                               LocalDate date, String what) {
        LocalDate earlier = dates.putIfAbsent(number, date);
        if (earlier != null && !earlier.equals(date)) {
            throw new IllegalStateException("Kommunenummer " + number + " er " + what + " både "
                    + earlier + " og " + date + "; gjenbruk av nummer støttes ikke");
        }
    }

    /** Every number must end up current or end later; no current number may have ended. */
    private void checkConsistency(List<MunicipalityChange> changes) {
        for (MunicipalityChange c : changes) {
            for (MunicipalityNumber n : List.of(c.oldNumber(), c.newNumber())) {
                if (current.contains(n) == endedOn.containsKey(n)) {
                    throw new IllegalStateException("Kommunenummer " + n + " i endringstabellen er "
                            + (current.contains(n) ? "gjeldende, men avsluttet" : "verken gjeldende eller avsluttet"));
                }
            }
        }
        for (MunicipalityNumber n : endedOn.keySet()) {
            LocalDate from = createdOn.get(n);
            if (from != null && !from.isBefore(endedOn.get(n))) {
                throw new IllegalStateException("Kommunenummer " + n + " avsluttes før det opprettes");
            }
        }
    }

    /**
     * The current municipalities (in the given order) followed by the historic ones (by number), with
     * the periods, names and counties described on {@link CsvPartyCatalogue}.
     */
    List<Municipality> municipalities(List<CurrentMunicipality> currentRows) {
        Map<String, String> countyByPrefix = new HashMap<>();
        currentRows.forEach(m -> countyByPrefix.putIfAbsent(m.countyNumber(), m.county()));
        List<Municipality> all = new ArrayList<>();
        currentRows.forEach(m -> all.add(new Municipality(m.number(), m.name(), m.county(), validFrom(m.number()), null)));
        endedOn.keySet().stream().sorted(BY_VALUE).forEach(n -> all.add(new Municipality(n, nameWhenEnded.get(n),
                countyByPrefix.get(n.value().substring(0, 2)), validFrom(n), endedOn.get(n))));
        return List.copyOf(all);
    }

    private LocalDate validFrom(MunicipalityNumber number) {
        return createdOn.getOrDefault(number, CsvPartyCatalogue.BEFORE_DATA);
    }

    /** Current numbers reachable by following changes forward; ordered by number. */
    List<MunicipalityNumber> currentSuccessors(MunicipalityNumber number) {
        return successors.getOrDefault(number, List.of());
    }

    /** The number itself first, then every number leading to it, ordered by number. */
    List<MunicipalityNumber> predecessorsAndSelf(MunicipalityNumber number) {
        return predecessors.getOrDefault(number, List.of());
    }

    private static Set<MunicipalityNumber> reachable(MunicipalityNumber start,
                                                     Map<MunicipalityNumber, Set<MunicipalityNumber>> edges) {
        Set<MunicipalityNumber> seen = new LinkedHashSet<>();
        Deque<MunicipalityNumber> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            MunicipalityNumber n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(edges.getOrDefault(n, Set.of()));
            }
        }
        return seen;
    }
}
