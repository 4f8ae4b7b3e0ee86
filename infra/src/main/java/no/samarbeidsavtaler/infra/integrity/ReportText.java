package no.samarbeidsavtaler.infra.integrity;

import java.time.Duration;
import java.util.stream.Collectors;

/** The human-readable form of a {@link VerificationReport}, as the command line prints it. */
final class ReportText {

    private ReportText() {
    }

    static String format(VerificationReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Event store verification: ").append(report.scope()).append('\n');
        text.append("Run: ").append(report.startedAt()).append(" (")
                .append(Duration.between(report.startedAt(), report.finishedAt()).toMillis()).append(" ms)\n");
        text.append("Highest allocated position: ").append(report.highestAllocatedPosition())
                .append("; anchored up to position ").append(report.lastAnchoredPosition())
                .append(" (").append(report.anchorsChecked()).append(" anchor(s) checked)\n");
        text.append("Documents checked: ").append(report.documentsChecked())
                .append("; legacy events: ").append(report.legacyEvents())
                .append("; positions pending: ").append(report.pendingPositions()).append('\n');
        if (report.intact()) {
            text.append("RESULT: INTACT, no findings\n");
        } else {
            text.append("RESULT: ").append(report.findingCount()).append(" FINDING(S) (")
                    .append(report.countsByKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))).append(")\n");
            report.findings().forEach(finding -> text.append("  - ").append(finding.describe()).append('\n'));
            if (report.findings().size() < report.findingCount()) {
                text.append("  (first ").append(report.findings().size()).append(" of ")
                        .append(report.findingCount()).append(" listed)\n");
            }
        }
        if (!report.notes().isEmpty()) {
            text.append("Notes:\n");
            report.notes().forEach(note -> text.append("  * ").append(note).append('\n'));
        }
        return text.toString();
    }
}
