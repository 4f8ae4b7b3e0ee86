package no.samarbeidsavtaler.infra.integrity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verifier's answer, ready to serialize as JSON. {@code findings} lists at most
 * {@link Findings#LISTED} findings; {@code findingCount} counts all of them, {@code countsByKind} per kind.
 *
 * @param scope                    {@code "store"} or {@code "agreement <id>"}
 * @param highestAllocatedPosition the position counter when the run started
 * @param documentsChecked         event and void documents whose hash was recomputed
 * @param legacyEvents             sealed events from before tamper evidence (hash but no stream link)
 * @param anchorsChecked           anchor documents checked
 * @param lastAnchoredPosition     positions up to here are covered by an anchor
 * @param pendingPositions         allocated positions without a document, young enough to be appends in flight
 * @param notes                    what this run could not prove, in words
 */
public record VerificationReport(String scope, Instant startedAt, Instant finishedAt, long highestAllocatedPosition,
                                 long documentsChecked, long legacyEvents, long anchorsChecked,
                                 long lastAnchoredPosition, long pendingPositions, long findingCount,
                                 Map<FindingKind, Long> countsByKind, List<Finding> findings, List<String> notes) {

    public VerificationReport {
        countsByKind = Collections.unmodifiableMap(new TreeMap<>(countsByKind)); // in FindingKind order
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** No finding at all. Part of the JSON form too. */
    @JsonProperty("intact")
    public boolean intact() {
        return findingCount == 0;
    }
}
