package no.samarbeidsavtaler.infra.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM running a main class of this test classpath. Its stdout is read by a thread into a queue, so the
 * test can await lines with a deadline instead of blocking on the pipe. Its stdin is a pipe that is never
 * written: the child watches it for EOF and exits when the test JVM is gone.
 */
final class ChildJvm implements AutoCloseable {

    /** Exit status of a process ended by SIGKILL (128 + 9); SIGTERM would give 143. */
    static final int KILLED_BY_SIGKILL = 137;

    private static final String END = "\u0000end of output";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private boolean ended;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::pump, "child-jvm-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> mainClass, Path workDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(workDirectory);
        Path stderr = Files.createTempFile(workDirectory, "child-", ".stderr");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .start();
        return new ChildJvm(process, stderr);
    }

    long pid() {
        return process.pid();
    }

    /** The next stdout line, or empty if the child's output ended or the wait ran out. */
    Optional<String> nextLine(Duration timeout) throws InterruptedException {
        if (ended) {
            return Optional.empty();
        }
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            return Optional.empty();
        }
        if (line.equals(END)) {
            ended = true;
            return Optional.empty();
        }
        remember(line);
        return Optional.of(line);
    }

    /**
     * Ends the child with SIGKILL ({@link Process#destroyForcibly()} on Linux) and returns its exit status,
     * which the caller should check is {@link #KILLED_BY_SIGKILL}.
     */
    int killHard(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child " + pid() + " still alive " + timeout + " after SIGKILL");
        }
        return process.exitValue();
    }

    /** What the child said last, for failure messages. */
    String diagnostics() {
        String err;
        try {
            List<String> all = Files.readAllLines(stderr);
            err = String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            err = "(stderr unreadable: " + e + ")";
        }
        return "child " + pid() + (process.isAlive() ? " alive" : " exited " + process.exitValue())
                + "\n--- last stdout lines ---\n" + String.join("\n", recent)
                + "\n--- stderr tail ---\n" + err;
    }

    /** Never leaves a child behind, whatever the test did. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void remember(String line) {
        recent.addLast(line);
        if (recent.size() > 20) {
            recent.removeFirst();
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(stdout read failed: " + e + ")");
        } finally {
            lines.add(END);
        }
    }
}
