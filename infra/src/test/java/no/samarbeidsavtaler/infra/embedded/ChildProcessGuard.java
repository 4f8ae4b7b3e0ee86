package no.samarbeidsavtaler.infra.embedded;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.time.Duration;

/** What every child JVM of the durability tests does first: stay quiet on stdout and never outlive its parent. */
final class ChildProcessGuard {

    /** Longer than any test waits for a child; a child left behind by a broken run ends by itself. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(2);

    private ChildProcessGuard() {
    }

    static void install() {
        QuietLogs.apply(Level.WARN);
        daemon("parent-watch", () -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; any byte is ignored
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone as well
            }
            Runtime.getRuntime().halt(3);
        });
        daemon("lifetime-limit", () -> {
            try {
                Thread.sleep(MAX_LIFETIME.toMillis()); // a timeout, not synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(4);
        });
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
