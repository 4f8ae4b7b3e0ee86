package no.samarbeidsavtaler.api.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import no.samarbeidsavtaler.api.RunningRegistry;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running application shared by the HTTP test classes (starting one costs seconds on two
 * cores). It has the demo users, the extra users of {@code test-users.yml} and JWT login with
 * {@link TestTokens}. Tests must not depend on each other's data: each works on its own agreements.
 */
public final class SharedRegistry implements ExtensionContext.Store.CloseableResource {

    private final Path dataDirectory;
    private final RunningRegistry registry;

    private SharedRegistry() throws IOException {
        dataDirectory = Files.createTempDirectory("shared-registry");
        registry = RunningRegistry.start(dataDirectory, new Class<?>[] {TestTokens.DecoderConfiguration.class},
                "--agreements.security.users-file=classpath:test-users.yml", "--agreements.demo-data.enabled=false");
    }

    /** The shared registry, started on first use and closed when the whole test run ends. */
    public static RunningRegistry get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedRegistry.class, key -> {
                    try {
                        return new SharedRegistry();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, SharedRegistry.class).registry;
    }

    @Override
    public void close() throws IOException {
        registry.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
