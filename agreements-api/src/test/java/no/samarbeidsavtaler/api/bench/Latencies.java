package no.samarbeidsavtaler.api.bench;

import java.util.Arrays;

/**
 * Request latencies of one phase and its wall time: throughput and percentiles (nearest rank). {@code nanos}
 * is sorted; {@code inOrder} keeps the order the requests were sent in (as far as the load can tell).
 */
record Latencies(long[] nanos, long[] inOrder, long wallNanos, int failures) {

    /** @param nanos the latencies in the order the requests were sent */
    static Latencies of(long[] nanos, long wallNanos, int failures) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, nanos.clone(), wallNanos, failures);
    }

    /** The first {@code count} requests only, for their percentiles (the wall time is the whole phase's). */
    Latencies first(int count) {
        return of(Arrays.copyOf(inOrder, Math.min(count, inOrder.length)), wallNanos, failures);
    }

    int count() {
        return nanos.length;
    }

    double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    double p50Ms() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }
}
