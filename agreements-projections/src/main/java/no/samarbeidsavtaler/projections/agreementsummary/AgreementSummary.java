package no.samarbeidsavtaler.projections.agreementsummary;

import java.time.Instant;
import java.util.List;

/**
 * What a reader needs to find and recognise an agreement. {@code version} is the sequence number
 * of the last event applied: the aggregate version that the API exposes as the ETag.
 */
public record AgreementSummary(String agreementId,
                               String kind,
                               String designation,
                               String title,
                               String healthTrust,
                               List<String> municipalities,
                               String parentAgreementId,
                               List<Integer> statutoryPoints,
                               List<String> contributors,
                               long version,
                               Instant registeredAt,
                               Instant lastChangedAt) {
}
