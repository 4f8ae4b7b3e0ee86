package no.samarbeidsavtaler.infra.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Without a logback configuration logback logs everything at DEBUG, including a line per MVStore commit:
 * thousands of lines that slow the durability and latency runs. These tests run without Spring, so
 * nothing else sets levels.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void apply() {
        apply(Level.INFO);
    }

    /** The child JVM uses WARN: its stdout carries the ACK protocol. */
    static void apply(Level level) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("de.bwaldvogel").setLevel(level);
            context.getLogger("io.netty").setLevel(level);
            context.getLogger("org.h2").setLevel(level);
            context.getLogger("org.mongodb.driver").setLevel(Level.WARN);
            context.getLogger("org.axonframework").setLevel(level);
        }
    }
}
