package no.samarbeidsavtaler.infra.eventstore;

import java.time.Instant;

/** Positions {@code first … first + count - 1}, handed out by one counter increment at {@code allocatedAt}. */
record Allocation(long first, int count, Instant allocatedAt) {

    long last() {
        return first + count - 1;
    }
}
