package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry must not call out to the internet: Axon's update checker has to see the opt-out. */
class AxonUpdateCheckOptOutTest {

    @TempDir
    Path dataDirectory;

    private final String before = System.getProperty(AxonUpdateCheckOptOut.AXON_SYSTEM_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(AxonUpdateCheckOptOut.AXON_SYSTEM_PROPERTY);
        } else {
            System.setProperty(AxonUpdateCheckOptOut.AXON_SYSTEM_PROPERTY, before);
        }
    }

    @Test
    void theApplicationPropertyReachesAxonsUpdateChecker() {
        System.clearProperty(AxonUpdateCheckOptOut.AXON_SYSTEM_PROPERTY);
        try (RunningRegistry ignored = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false")) {
            // What UpdateChecker.start() consults in Axon 4.12.2, whatever the Spring property says.
            assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
        }
    }
}
