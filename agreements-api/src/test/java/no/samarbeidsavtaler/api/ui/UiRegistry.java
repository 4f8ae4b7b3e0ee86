package no.samarbeidsavtaler.api.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.demo.DemoAgreements;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * One running registry with the demo data for all browser tests (starting one costs seconds on two
 * cores), injected into a test class's static {@code RunningRegistry registry} field. It starts only
 * after the demo agreements have reached the read model, so pages never show a half-built state.
 * Without Chromium nothing starts and the browser tests are skipped.
 */
public final class UiRegistry implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private Path dataDirectory;
    private RunningRegistry registry;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Browser.available()) {
            // Said once per run; the tests are then skipped without starting the application.
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("ui-skip-logged", key -> {
                LoggerFactory.getLogger(UiRegistry.class).warn(Browser.SKIPPED);
                return Boolean.TRUE;
            });
            Assumptions.assumeTrue(false, Browser.SKIPPED);
        }
        UiRegistry shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(UiRegistry.class, key -> start(), UiRegistry.class);
        for (var field : context.getRequiredTestClass().getDeclaredFields()) {
            if (field.getType() == RunningRegistry.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, shared.registry);
            }
        }
    }

    private static UiRegistry start() {
        UiRegistry started = new UiRegistry();
        try {
            started.dataDirectory = Files.createTempDirectory("ui-registry");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        started.registry = RunningRegistry.start(started.dataDirectory);
        awaitDemoData(started.registry);
        return started;
    }

    /** Every demo agreement in the read model at the version the event store has. */
    static void awaitDemoData(RunningRegistry registry) {
        EventStore events = registry.bean(EventStore.class);
        RegistryReads reads = registry.bean(RegistryReads.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String id : DemoAgreements.ids(registry.bean(PartyCatalogue.class))) {
            long version = events.lastSequenceNumberFor(id).orElseThrow();
            while (reads.agreement(id).map(v -> v.version() < version).orElse(true)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Demo agreement " + id + " never reached the read model");
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }

    @Override
    public void close() throws IOException {
        registry.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
