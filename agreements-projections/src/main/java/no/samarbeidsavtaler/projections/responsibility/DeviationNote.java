package no.samarbeidsavtaler.projections.responsibility;

/**
 * An avvik: the municipality adopted the version except for this clause, so the clause's assignments
 * do not apply to it. Reported when the clause has an assignment about the asked offering.
 *
 * @param municipality the number under which the deviation was adopted (may be a predecessor's)
 */
public record DeviationNote(String agreementId,
                            int version,
                            String clauseId,
                            String clauseNumber,
                            String clauseTitle,
                            String municipality,
                            String text,
                            Citation.Decision decision) {
}
