package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.infra.integrity.ChainVerifier;
import no.samarbeidsavtaler.infra.integrity.VerificationProgress;
import no.samarbeidsavtaler.infra.integrity.VerificationReport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running app hash-chains what it stores and anchors it on its schedule; the verifier finds it intact. */
class StoreIntegrityInTheAppTest {

    @TempDir
    Path dataDirectory;

    @Test
    void eventsWrittenThroughTheAppAreAnchoredAndVerifyIntact() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false",
                "--agreements.integrity.anchor-check-interval=200ms", "--agreements.integrity.anchor-every=1s")) {
            CommandGateway commands = registry.bean(CommandGateway.class);
            HelseFonna2016.commands().forEach(commands::sendAndWait);
            MongoDatabase database = registry.bean(MongoDatabase.class);
            long stored = database.getCollection("events").countDocuments();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (database.getCollection("anchors").countDocuments() == 0 && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            assertThat(database.getCollection("anchors").countDocuments()).as("anchors written").isPositive();

            VerificationReport report = ChainVerifier.forDatabase(database).verifyStore(VerificationProgress.NONE);
            assertThat(report.intact()).as(report.toString()).isTrue();
            assertThat(stored).isPositive();
        }
    }
}
