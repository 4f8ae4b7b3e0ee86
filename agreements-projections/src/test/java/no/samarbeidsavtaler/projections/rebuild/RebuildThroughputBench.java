package no.samarbeidsavtaler.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rebuild throughput on 20,000 events (Helse Fonna-sized agreements) into the embedded Mongo server:
 * {@code ./mvnw -q -B -o -Pbench -pl agreements-projections test -Dtest=RebuildThroughputBench}.
 * The source is Axon's in-memory engine with JSON payloads (deserialized during the rebuild), so store
 * reads are not included. The first rebuild in a fresh JVM runs mostly interpreted (client and embedded
 * server share the JVM), so each projection is measured cold (first run) and warm (after a 5,000-event
 * warm-up); the target applies to the warm figure, which is what a running registry sees.
 */
@Tag("bench")
class RebuildThroughputBench {

    private static final int EVENTS = 20_000;

    @Test
    void rebuildsAtLeastFiveThousandEventsPerSecondOnceWarm() {
        java.util.Map<String, Double> warm = new java.util.LinkedHashMap<>();
        for (RebuildableProjection projection : RebuildableProjections.all()) {
            double cold = measure(projection, EVENTS);
            measure(projection, 5_000);
            warm.put(projection.name(), measure(projection, EVENTS));
            System.out.printf("BENCH %s: cold %.0f events/s, warm %.0f events/s (%d events)%n", projection.name(),
                    cold, warm.get(projection.name()), EVENTS);
        }
        assertThat(warm.values()).allSatisfy(rate -> assertThat(rate).isGreaterThanOrEqualTo(5_000));
    }

    private static double measure(RebuildableProjection projection, int events) {
        EventStorageEngine storage = SyntheticHistory.withEvents(events);
        try (TestMongo mongo = new TestMongo();
             ProjectionRebuilder rebuilder = new ProjectionRebuilder(storage,
                     new ProjectionCollections(mongo.database(), Duration.ofMillis(50), Clock.systemUTC()),
                     List.of(projection), ProjectionRebuilder.RebuildSettings.defaults())) {
            long start = System.nanoTime();
            RebuildStatus status = rebuilder.rebuild(projection.name());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(status.phase()).isEqualTo(RebuildPhase.COMPLETED);
            return status.eventsDone() / seconds;
        }
    }
}
