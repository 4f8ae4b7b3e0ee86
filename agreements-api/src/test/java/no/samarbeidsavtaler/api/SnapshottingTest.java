package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running application really takes aggregate snapshots after the configured number of events. */
class SnapshottingTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anAgreementWithManyEventsGetsASnapshotInTheStore() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory,
                "--agreements.store.snapshot-threshold=10", "--agreements.demo-data.enabled=false")) {
            CommandGateway commands = registry.bean(CommandGateway.class);
            HelseFonna2016.commands().forEach(commands::sendAndWait);

            MongoDatabase database = registry.bean(MongoDatabase.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            Document snapshot = null;
            while (snapshot == null && Instant.now().isBefore(deadline)) {
                snapshot = database.getCollection("snapshots").find(Filters.eq("_id", HelseFonna2016.AGREEMENT_ID)).first();
            }
            assertThat(snapshot).as("snapshot of %s", HelseFonna2016.AGREEMENT_ID).isNotNull();
        }
    }
}
