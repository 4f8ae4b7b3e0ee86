package no.samarbeidsavtaler.core.party;

import java.time.LocalDate;

/**
 * One row of SSB KLASS 131's change table (reference-data/kommune-changes.csv): on {@code date}
 * the old number/name became the new number/name. A merge or split is several rows on the same
 * date; a pure rename keeps the number. {@code changeType} is the label given in SOURCES.md
 * (merge, split, rename, renumber, renumber+rename).
 */
public record MunicipalityChange(LocalDate date, MunicipalityNumber oldNumber, String oldName,
                                 MunicipalityNumber newNumber, String newName, String changeType) {

    /** True when the row moves area to another number (false for a rename under the same number). */
    public boolean changesNumber() {
        return !oldNumber.equals(newNumber);
    }
}
