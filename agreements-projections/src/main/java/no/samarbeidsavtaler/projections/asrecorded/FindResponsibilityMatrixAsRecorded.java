package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: a health trust region's responsibility matrix on {@code validOn}, built only from what had
 * been recorded at {@code recordedAt}; answered with a {@code ResponsibilityMatrix}.
 */
public record FindResponsibilityMatrixAsRecorded(String healthTrust, LocalDate validOn, Instant recordedAt) {

    public FindResponsibilityMatrixAsRecorded {
        if (healthTrust == null || healthTrust.isBlank() || validOn == null || recordedAt == null) {
            throw new IllegalArgumentException("Oppgi helseforetak, gyldighetsdato og registreringstidspunkt");
        }
    }
}
