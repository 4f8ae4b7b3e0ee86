package no.samarbeidsavtaler.infra.integrity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects findings; keeps the first {@link #LISTED} (a legacy store can have one per document) and counts all. */
final class Findings {

    static final int LISTED = 1_000;

    private final List<Finding> listed = new ArrayList<>();
    private final Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
    private long total;

    void add(Finding finding) {
        total++;
        counts.merge(finding.kind(), 1L, Long::sum);
        if (listed.size() < LISTED) {
            listed.add(finding);
        }
    }

    List<Finding> listed() {
        return listed;
    }

    Map<FindingKind, Long> counts() {
        return counts;
    }

    long total() {
        return total;
    }
}
