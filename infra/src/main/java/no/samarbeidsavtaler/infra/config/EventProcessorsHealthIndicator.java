package no.samarbeidsavtaler.infra.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Down when a processor is not running or a segment is in error; shows how far each segment is. */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (var entry : processing.eventProcessors().entrySet()) {
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("running", entry.getValue().isRunning());
            healthy &= entry.getValue().isRunning();
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                processor.put("error", streaming.isError());
                healthy &= !streaming.isError();
                Map<Integer, Object> segments = new LinkedHashMap<>();
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    segments.put(status.getSegment().getSegmentId(), Map.of(
                            "caughtUp", status.isCaughtUp(),
                            "replaying", status.isReplaying(),
                            "position", status.getCurrentPosition().orElse(-1L),
                            "error", status.isErrorState() ? String.valueOf(status.getError()) : ""));
                }
                processor.put("segments", segments);
            }
            details.put(entry.getKey(), processor);
        }
        builder.status(healthy ? "UP" : "DOWN").withDetails(details);
    }
}
