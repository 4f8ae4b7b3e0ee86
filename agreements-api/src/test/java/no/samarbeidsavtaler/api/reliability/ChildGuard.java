package no.samarbeidsavtaler.api.reliability;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;

/**
 * The main class of every child JVM of these tests: {@code ChildGuard <main class> <args…>}. It makes
 * the child end itself when the test JVM is gone (its stdin pipe reaches EOF) or after a lifetime
 * limit, then runs the real main. So a crashed or interrupted test run never leaves a node behind.
 */
public final class ChildGuard {

    /** Longer than the longest scenario (the bench runs); a forgotten child ends by itself. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(20);

    private ChildGuard() {
    }

    public static void main(String[] args) throws Exception {
        daemon("parent-watch", () -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes
                }
            } catch (IOException e) {
                // a broken pipe: the parent is gone too
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
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
