package no.samarbeidsavtaler.api.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Waits (bounded) until every recorded agreement's view carries the ETag its last command answered. */
final class ReadSideCatchUp {

    private static final Duration TIMEOUT = Duration.ofSeconds(300);

    private ReadSideCatchUp() {
    }

    /** Seconds from the call until the read side had everything. */
    static double await(HttpLoad load, List<HttpLoad.Finished> agreements, String auth) {
        return await(load, agreements, auth, TIMEOUT);
    }

    static double await(HttpLoad load, List<HttpLoad.Finished> agreements, String auth, Duration timeout) {
        long start = System.nanoTime();
        for (HttpLoad.Finished agreement : agreements) {
            while (true) {
                HttpResponse<String> view = load.once("GET", agreement.path() + "/view", auth);
                if (view != null && view.statusCode() == 200
                        && agreement.etag().equals(view.headers().firstValue("ETag").orElse(null))) {
                    break;
                }
                if (System.nanoTime() - start > timeout.toNanos()) {
                    throw new AssertionError("Read side did not catch up with " + agreement + " within " + timeout + "; last: "
                            + (view == null ? "no answer" : view.statusCode() + " " + view.headers().firstValue("ETag")));
                }
                LockSupport.parkNanos(20_000_000L);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
