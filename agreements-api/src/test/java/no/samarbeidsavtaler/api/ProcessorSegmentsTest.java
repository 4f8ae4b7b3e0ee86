package no.samarbeidsavtaler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.infra.config.AxonProcessingConfiguration;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A new store's processors get the registry's segment count, not Axon's pooled default of 16: each segment
 * cuts a batch into its own unit of work, token write and projection writes (AxonProcessingConfiguration).
 */
class ProcessorSegmentsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aNewStoresProcessorsStartWithTheRegistrysSegmentCount() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false")) {
            TokenStore tokens = registry.bean(TokenStore.class);
            for (String group : new String[] {AgreementViewProjection.PROCESSING_GROUP,
                    AgreementSummaryProjection.PROCESSING_GROUP}) {
                assertThat(awaitSegments(tokens, group)).as(group)
                        .hasSize(AxonProcessingConfiguration.INITIAL_SEGMENT_COUNT);
            }
        }
    }

    /**
     * Live nodes renew their claims well within the claim timeout, also during a batch: otherwise another node
     * takes the segment while the first still writes, and an older fold can undo a newer one (TwoNodesOneDatabaseTest).
     */
    @Test
    void processorsRenewTheirClaimsWithinAThirdOfTheClaimTimeoutAndWhileABatchRuns() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false",
                "--agreements.store.claim-timeout=3s")) {
            EventProcessingConfiguration processing = registry.bean(EventProcessingConfiguration.class);
            for (String group : new String[] {AgreementViewProjection.PROCESSING_GROUP,
                    AgreementSummaryProjection.PROCESSING_GROUP}) {
                PooledStreamingEventProcessor processor = processing
                        .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
                Object coordinator = ReflectionTestUtils.getField(processor, "coordinator");
                assertThat(ReflectionTestUtils.getField(coordinator, "claimExtensionThreshold")).as(group).isEqualTo(1_000L);
                assertThat(ReflectionTestUtils.getField(coordinator, "coordinatorExtendsClaims")).as(group).isEqualTo(true);
            }
        }
    }

    /** The processor's coordinator creates the tokens shortly after start. */
    private static int[] awaitSegments(TokenStore tokens, String processor) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int[] segments = tokens.fetchSegments(processor);
        while (segments.length == 0 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
            segments = tokens.fetchSegments(processor);
        }
        return segments;
    }
}
