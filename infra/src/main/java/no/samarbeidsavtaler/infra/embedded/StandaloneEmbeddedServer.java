package no.samarbeidsavtaler.infra.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * The embedded, durable MongoDB server as a process of its own, so that several registry nodes can
 * share one store ({@code --agreements.store.uri=mongodb://127.0.0.1:<port>}): only one process can
 * open the H2 file, so the nodes cannot each start the embedded server themselves.
 *
 * <pre>java -cp … no.samarbeidsavtaler.infra.embedded.StandaloneEmbeddedServer &lt;data-directory&gt; [port]</pre>
 *
 * <p>The port defaults to {@value #DEFAULT_PORT}; 0 picks a free one. When listening it prints one line,
 * {@code READY mongodb://127.0.0.1:<port>}, to stdout (scripts and tests wait for it). SIGTERM or Ctrl-C
 * closes the store cleanly; SIGKILL loses nothing acknowledged either (every write is committed before
 * its reply). Listens on 127.0.0.1 only and has no authentication: for one machine, not for a network.
 */
public final class StandaloneEmbeddedServer {

    public static final int DEFAULT_PORT = 27017;
    public static final String READY = "READY ";

    private StandaloneEmbeddedServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLogs();
        EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(arguments.dataDirectory(), arguments.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        announce(server, System.out);
        stopped.await();
    }

    /** The line a supervising process waits for; flushed at once because stdout may be a pipe. */
    static void announce(EmbeddedMongoServer server, PrintStream out) {
        out.println(READY + server.connectionString());
        out.flush();
        System.err.println("Serving " + server.description() + "; stop with SIGTERM or Ctrl-C");
    }

    /**
     * Without a logback configuration (this is not a Spring Boot app) logback logs DEBUG to stdout,
     * including a line per H2 commit: noise that also slows every write.
     */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            for (String name : new String[] {"de.bwaldvogel", "io.netty", "org.h2", "org.mongodb.driver"}) {
                context.getLogger(name).setLevel(Level.WARN);
            }
        }
    }

    /** {@code <data-directory> [port]}. */
    record Arguments(Path dataDirectory, int port) {

        static final String USAGE = "usage: StandaloneEmbeddedServer <data-directory> [port (default "
                + DEFAULT_PORT + ", 0 = any free port)]";

        static Arguments parse(String... args) {
            if (args.length < 1 || args.length > 2 || args[0].isBlank()) {
                throw new IllegalArgumentException(USAGE);
            }
            int port = DEFAULT_PORT;
            if (args.length == 2) {
                try {
                    port = Integer.parseInt(args[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a port: " + args[1] + "\n" + USAGE, e);
                }
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("not a port: " + args[1] + "\n" + USAGE);
                }
            }
            return new Arguments(Path.of(args[0]), port);
        }
    }
}
