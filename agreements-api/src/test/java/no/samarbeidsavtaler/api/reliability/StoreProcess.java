package no.samarbeidsavtaler.api.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.samarbeidsavtaler.infra.embedded.StandaloneEmbeddedServer;

/** The embedded durable MongoDB in a process of its own ({@link StandaloneEmbeddedServer}), for several nodes. */
final class StoreProcess implements AutoCloseable {

    private final ChildProcess process;
    private final String uri;

    private StoreProcess(ChildProcess process, String uri) {
        this.process = process;
        this.uri = uri;
    }

    static StoreProcess start(Path work, Path dataDirectory) {
        ChildProcess process = ChildProcess.start("store", work, "512m", StandaloneEmbeddedServer.class.getName(),
                List.of(dataDirectory.toString(), "0"));
        try {
            String[] ready = new String[1];
            Await.until("the store's READY line", Duration.ofSeconds(60), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("store exited\n" + process.diagnostics());
                }
                ready[0] = process.logLineStartingWith(StandaloneEmbeddedServer.READY);
                return ready[0] != null;
            }, process::diagnostics);
            return new StoreProcess(process, ready[0].substring(StandaloneEmbeddedServer.READY.length()).strip());
        } catch (RuntimeException | Error e) {
            process.close();
            throw e;
        }
    }

    String uri() {
        return uri;
    }

    @Override
    public void close() {
        process.close();
    }
}
