package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
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

            assertThat(awaitSnapshot(registry.bean(MongoDatabase.class))).as("snapshot of %s", HelseFonna2016.AGREEMENT_ID)
                    .isNotNull();
        }
    }

    @Test
    void commandsDoNotWaitForTheSnapshot() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory,
                "--agreements.store.snapshot-threshold=10", "--agreements.demo-data.enabled=false")) {
            CountDownLatch snapshotterBusy = new CountDownLatch(1);
            registry.bean("snapshotExecutor", ExecutorService.class).submit(() -> {
                snapshotterBusy.await(30, TimeUnit.SECONDS);
                return null;
            });
            CommandGateway commands = registry.bean(CommandGateway.class);
            MongoDatabase database = registry.bean(MongoDatabase.class);

            // Every command is answered although the snapshotter cannot take the snapshots they trigger.
            HelseFonna2016.commands().forEach(commands::sendAndWait);
            assertThat(snapshot(database)).as("no snapshot while the snapshotter is busy").isNull();

            snapshotterBusy.countDown();
            assertThat(awaitSnapshot(database)).isNotNull();
        }
    }

    private static Document awaitSnapshot(MongoDatabase database) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Document snapshot = null;
        while (snapshot == null && Instant.now().isBefore(deadline)) {
            snapshot = snapshot(database);
        }
        return snapshot;
    }

    private static Document snapshot(MongoDatabase database) {
        return database.getCollection("snapshots").find(Filters.eq("_id", HelseFonna2016.AGREEMENT_ID)).first();
    }
}
