package no.samarbeidsavtaler.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rebuild throughput on 20,000 events (Helse Fonna-sized agreements) into the embedded Mongo server:
 * {@code ./mvnw -q -B -o -Pbench -pl agreements-projections test -Dtest=RebuildThroughputBench}.
 * The event source is Axon's in-memory engine with JSON payloads, so store reads are not included.
 */
@Tag("bench")
class RebuildThroughputBench {

    private static final int EVENTS = 20_000;

    @Test
    void rebuildsAtLeastFiveThousandEventsPerSecond() {
        for (RebuildableProjection projection : RebuildableProjections.all()) {
            EmbeddedEventStore store = SyntheticHistory.withEvents(EVENTS);
            try (TestMongo mongo = new TestMongo();
                 ProjectionRebuilder rebuilder = new ProjectionRebuilder(store,
                         new ProjectionCollections(mongo.database(), Duration.ofMillis(50), Clock.systemUTC()),
                         List.of(projection), ProjectionRebuilder.RebuildSettings.defaults())) {
                long start = System.nanoTime();
                RebuildStatus status = rebuilder.rebuild(projection.name());
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("BENCH %s: %d events in %.2f s = %.0f events/s (status: %.0f events/s)%n",
                        projection.name(), status.eventsDone(), seconds, status.eventsDone() / seconds,
                        status.eventsPerSecond());
                assertThat(status.phase()).isEqualTo(RebuildPhase.COMPLETED);
                assertThat(status.eventsPerSecond()).isGreaterThanOrEqualTo(5_000);
            } finally {
                store.shutDown();
            }
        }
    }
}
