package no.samarbeidsavtaler.api.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.samarbeidsavtaler.api.RegistryApplication;

/**
 * The registry application in a child JVM of its own, so it can be killed with SIGKILL. Demo data is
 * off (the tests count every event), demo users are on (HTTP Basic, password "demo").
 */
final class RegistryNode implements AutoCloseable {

    static final Duration STARTUP = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final NodeClient client;
    private final String storeUri;

    private RegistryNode(ChildProcess process, int httpPort, String storeUri) {
        this.process = process;
        this.client = new NodeClient("http://127.0.0.1:" + httpPort);
        this.storeUri = storeUri;
    }

    /** On the embedded durable store in {@code dataDirectory}, served on a known port for direct reads. */
    static RegistryNode embedded(String name, Path work, Path dataDirectory, Duration claimTimeout) {
        int storePort = ChildProcess.freePort();
        return start(name, work, "mongodb://127.0.0.1:" + storePort, claimTimeout, List.of(
                "--agreements.store.uri=",
                "--agreements.store.data-directory=" + dataDirectory,
                "--agreements.store.embedded-port=" + storePort));
    }

    /** On a MongoDB of its own, e.g. a {@link StoreProcess} shared with other nodes. */
    static RegistryNode onStore(String name, Path work, String storeUri, Duration claimTimeout) {
        return onStore(name, work, storeUri, claimTimeout, List.of());
    }

    /** {@link #onStore(String, Path, String, Duration)} with more arguments, e.g. {@link StallGate#args}. */
    static RegistryNode onStore(String name, Path work, String storeUri, Duration claimTimeout, List<String> more) {
        List<String> args = new ArrayList<>(List.of(
                "--agreements.store.uri=" + storeUri,
                "--agreements.security.demo-users=true"));
        args.addAll(more);
        return start(name, work, storeUri, claimTimeout, args);
    }

    private static RegistryNode start(String name, Path work, String storeUri, Duration claimTimeout, List<String> storeArgs) {
        int httpPort = ChildProcess.freePort();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + httpPort,
                "--agreements.store.claim-timeout=" + claimTimeout.toMillis() + "ms",
                "--agreements.demo-data.enabled=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        args.addAll(storeArgs);
        ChildProcess process = ChildProcess.start(name, work, "384m", RegistryApplication.class.getName(), args);
        RegistryNode node = new RegistryNode(process, httpPort, storeUri);
        try {
            node.awaitUp();
            return node;
        } catch (RuntimeException | Error e) {
            node.close();
            throw e;
        }
    }

    private void awaitUp() {
        Await.until(process + " health UP", STARTUP, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("node exited during startup\n" + process.diagnostics());
            }
            NodeClient.Reply health = client.get(null, "/actuator/health");
            return health.status() == 200 && health.body().contains("\"UP\"");
        }, process::diagnostics);
    }

    NodeClient client() {
        return client;
    }

    /** The MongoDB this node uses (for an embedded node: its own server, reachable while it runs). */
    String storeUri() {
        return storeUri;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL; fails unless the node really died of it. */
    void killHard() {
        int status = process.killHard();
        if (status != ChildProcess.KILLED_BY_SIGKILL) {
            throw new AssertionError("expected death by SIGKILL (137), got " + status + "\n" + process.diagnostics());
        }
    }

    /** SIGSTOP: the whole JVM stands still (claims are no longer renewed) until {@link #thaw()}. */
    void freeze() {
        process.signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() {
        process.signal("CONT");
    }

    boolean logContains(Predicate<String> line) {
        return process.logContains(line);
    }

    String diagnostics() {
        return process.diagnostics();
    }

    @Override
    public void close() {
        process.close();
    }
}
