package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;

/** Query: the responsibility matrix of a health trust's region, answered with {@link ResponsibilityMatrix}.
 * {@code validOn == null} means today (Europe/Oslo). */
public record FindResponsibilityMatrix(String healthTrust, LocalDate validOn) {

    public FindResponsibilityMatrix {
        if (healthTrust == null || healthTrust.isBlank()) {
            throw new IllegalArgumentException("Oppgi helseforetak");
        }
    }
}
