package no.samarbeidsavtaler.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Triggers the admin rebuild of a projection and reads its status. Two figures: the status's own events/s (the
 * whole rebuild, including the fixed wait for other nodes to switch collections) and the replay rate up to the
 * first poll (every 50 ms) that saw the head position reached.
 */
final class Rebuild {

    record Result(double statusEventsPerSecond, double replayEventsPerSecond, long events) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_NANOS = 600_000_000_000L;

    private Rebuild() {
    }

    static Result run(HttpLoad load, String auth, String projection) throws Exception {
        String path = "/api/admin/projections/" + projection + "/rebuild";
        HttpResponse<String> started = load.once("POST", path, auth);
        if (started == null || started.statusCode() != 202) {
            throw new AssertionError("Rebuild not started: " + (started == null ? "no answer" : started.statusCode() + " " + started.body()));
        }
        long start = System.nanoTime();
        Instant headReached = null;
        while (true) {
            JsonNode status = JSON.readTree(load.once("GET", path, auth).body());
            long head = status.path("headPosition").asLong(-1);
            if (headReached == null && head > 0 && status.path("position").asLong(0) >= head) {
                headReached = Instant.now();
            }
            String phase = status.path("phase").asText();
            if ("COMPLETED".equals(phase)) {
                System.out.println("[bench] rebuild " + status);
                Instant startedAt = Instant.parse(status.path("startedAt").asText());
                Instant reached = headReached == null ? Instant.parse(status.path("finishedAt").asText()) : headReached;
                long events = status.path("eventsDone").asLong();
                double seconds = Math.max(1e-3, Duration.between(startedAt, reached).toNanos() / 1e9);
                return new Result(status.path("eventsPerSecond").asDouble(), events / seconds, events);
            }
            if ("FAILED".equals(phase) || System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new AssertionError("Rebuild did not complete: " + status);
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }
}
