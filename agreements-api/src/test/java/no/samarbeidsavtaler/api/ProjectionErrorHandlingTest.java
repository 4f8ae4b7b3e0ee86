package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projection whose write fails must not move its token past the event: the app's processors propagate
 * handler errors so the batch is handled again. Axon's default would log the error and skip the event, and
 * with batched projection writes (BatchedWrites) a whole batch; BatchedProjectionWritesTest shows the
 * projections fail the batch when their write fails.
 */
class ProjectionErrorHandlingTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everyProjectionPropagatesItsHandlersErrors() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false")) {
            EventProcessingConfiguration processing = registry.bean(EventProcessingConfiguration.class);
            for (String group : new String[] {AgreementViewProjection.PROCESSING_GROUP,
                    AgreementSummaryProjection.PROCESSING_GROUP}) {
                assertThat(processing.listenerInvocationErrorHandler(group)).as(group)
                        .isInstanceOf(PropagatingErrorHandler.class);
            }
        }
    }
}
