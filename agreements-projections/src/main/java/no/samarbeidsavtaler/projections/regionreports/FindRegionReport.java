package no.samarbeidsavtaler.projections.regionreports;

import java.time.LocalDate;
import java.time.Period;

/**
 * Query: the region report of a health trust, answered with {@link RegionReport}.
 *
 * @param validOn        {@code null} means today (Europe/Oslo)
 * @param reviewInterval version-age fallback for agreements with no agreed review date;
 *                       {@code null} means {@link RegionReporter#DEFAULT_REVIEW_INTERVAL}
 */
public record FindRegionReport(String healthTrust, LocalDate validOn, Period reviewInterval) {

    public FindRegionReport {
        if (healthTrust == null || healthTrust.isBlank()) {
            throw new IllegalArgumentException("Oppgi helseforetak");
        }
    }

    public FindRegionReport(String healthTrust, LocalDate validOn) {
        this(healthTrust, validOn, null);
    }
}
