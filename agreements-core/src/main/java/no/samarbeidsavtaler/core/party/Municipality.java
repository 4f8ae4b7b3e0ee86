package no.samarbeidsavtaler.core.party;

import java.time.LocalDate;

/**
 * Kommune as it was valid in a period. {@code validTo} is exclusive and {@code null} while current.
 * {@code county} (fylke) may be {@code null} for a historic number whose county no longer exists;
 * see {@link CsvPartyCatalogue} for how periods, names and counties are derived.
 */
public record Municipality(MunicipalityNumber number, String name, String county,
                           LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
