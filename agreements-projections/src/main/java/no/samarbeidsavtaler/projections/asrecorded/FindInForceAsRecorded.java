package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: which version of an agreement was in force on {@code validOn}, according to what the registry
 * had recorded at {@code recordedAt}; answered with {@code Optional<InForceAsRecorded>} (empty when the
 * agreement was not registered yet then).
 */
public record FindInForceAsRecorded(String agreementId, LocalDate validOn, Instant recordedAt) {
}
