package no.samarbeidsavtaler.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.locks.LockSupport;

/** Triggers the admin rebuild of a projection and reads events/s from its final status. */
final class Rebuild {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_NANOS = 600_000_000_000L;

    private Rebuild() {
    }

    static double eventsPerSecond(HttpLoad load, String baseUrl, String auth, String projection) throws Exception {
        String path = "/api/admin/projections/" + projection + "/rebuild";
        HttpResponse<String> started = load.once("POST", path, auth);
        if (started == null || started.statusCode() != 202) {
            throw new AssertionError("Rebuild not started: " + (started == null ? "no answer" : started.statusCode() + " " + started.body()));
        }
        long start = System.nanoTime();
        while (true) {
            JsonNode status = JSON.readTree(load.once("GET", path, auth).body());
            String phase = status.path("phase").asText();
            if ("COMPLETED".equals(phase)) {
                System.out.println("[bench] rebuild " + status);
                return status.path("eventsPerSecond").asDouble();
            }
            if ("FAILED".equals(phase) || System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new AssertionError("Rebuild did not complete: " + status);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
