package no.samarbeidsavtaler.infra.eventstore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test event with the value shapes that must survive the JSON → BSON → JSON trip. */
public record ClauseRecorded(String agreementId, String clauseText, long registryNumber, BigDecimal costShare,
                      Instant decidedAt, LocalDate effectiveFrom, List<List<Integer>> matrix) {

    public static ClauseRecorded sample(String agreementId, String clauseText) {
        return new ClauseRecorded(agreementId, clauseText, 9_007_199_254_740_993L, new BigDecimal("1.10"),
                Instant.parse("2025-01-31T23:59:59.123456Z"), LocalDate.of(2025, 2, 1),
                List.of(List.of(1, 2), List.of(), List.of(3)));
    }
}
