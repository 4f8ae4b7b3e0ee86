package no.samarbeidsavtaler.api.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM started from this test classpath through {@link ChildGuard}, output (stdout and stderr) in a log
 * file. Killed with SIGKILL on {@link #close()} whatever happened, so every test can use try-with-resources.
 */
final class ChildProcess implements AutoCloseable {

    /** Exit status of a process ended by SIGKILL (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final Path log;
    private final String name;

    private ChildProcess(Process process, Path log, String name) {
        this.process = process;
        this.log = log;
        this.name = name;
    }

    static ChildProcess start(String name, Path workDirectory, String heap, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", ClasspathSnapshot.classPath(),
                ChildGuard.class.getName(), mainClass));
        command.addAll(args);
        try {
            Files.createDirectories(workDirectory);
            Path log = Files.createTempFile(workDirectory, name + "-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ChildProcess(process, log, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** A loopback port free right now (a tiny race with other processes is accepted in tests). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The first log line starting with {@code prefix}, if written yet. */
    String logLineStartingWith(String prefix) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether any log line written yet matches. */
    boolean logContains(Predicate<String> line) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Sends a signal by name ({@code STOP}, {@code CONT}): a frozen JVM, as in a long GC pause or a paused VM. */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -" + name + " " + pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux); returns the exit status, 137 for a real kill. */
    int killHard() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " still alive 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** For failure messages: state and the last lines of the log. */
    String diagnostics() {
        String tail;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            tail = "(log unreadable: " + e + ")";
        }
        return name + " pid " + pid() + (process.isAlive() ? " alive" : " exited " + process.exitValue())
                + ", log " + log + "\n" + tail;
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            killHard();
        }
    }
}
