package no.samarbeidsavtaler.infra.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ACK protocol of the durability children: {@code ACK <fields…> done}, printed only after the write
 * was acknowledged. The closing {@code done} makes a line cut short by the kill unusable as an ACK.
 */
final class AckLines {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private AckLines() {
    }

    static Optional<String> payload(String line) {
        if (line.startsWith("ACK ") && line.endsWith(" done")) {
            return Optional.of(line.substring(4, line.length() - 5));
        }
        return Optional.empty();
    }

    /** Waits for the child's {@code READY} line. */
    static void awaitReady(ChildJvm child, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            String line = next(child, deadline, "READY");
            if (line.startsWith("READY")) {
                return;
            }
        }
    }

    /**
     * Reads until {@code count} ACKs arrived, kills the child with SIGKILL, then also takes the ACKs it
     * printed before it died. Returns every acknowledged payload.
     */
    static List<String> collectThenKill(ChildJvm child, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> acknowledged = new ArrayList<>();
        while (acknowledged.size() < count) {
            payload(next(child, deadline, count + " ACKs (had " + acknowledged.size() + ")"))
                    .ifPresent(acknowledged::add);
        }
        int exitStatus = child.killHard(Duration.ofSeconds(30));
        if (exitStatus != ChildJvm.KILLED_BY_SIGKILL) {
            throw new AssertionError("expected the child to die of SIGKILL (137), exit status " + exitStatus);
        }
        for (Optional<String> line = child.nextLine(AFTER_KILL); line.isPresent(); line = child.nextLine(AFTER_KILL)) {
            line.flatMap(AckLines::payload).ifPresent(acknowledged::add);
        }
        return acknowledged;
    }

    private static String next(ChildJvm child, Instant deadline, String awaited) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        return child.nextLine(left).orElseThrow(() -> new AssertionError(
                "no " + awaited + " from the child in time or its output ended\n" + child.diagnostics()));
    }
}
