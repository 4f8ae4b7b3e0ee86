package no.samarbeidsavtaler.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PositionAllocatorTest {

    /** Fails with {@code returnDocument: AFTER} on mongo-java-server (overlapping ranges), see PositionAllocator. */
    @Test
    void concurrentAllocationsGetDisjointGaplessRanges() throws Exception {
        try (TestMongo mongo = TestMongo.inMemory()) {
            MongoEventStorageEngine engine = TestEngines.engine(mongo.database(), Clock.systemUTC());
            PositionAllocator allocator = new PositionAllocator(TestEngines.builder(mongo.database(), Clock.systemUTC())
                    .settings());
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<Allocation>> allocations = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int count = 1 + i % 3;
                allocations.add(threads.submit(() -> allocator.allocate(count)));
            }
            TreeMap<Long, Allocation> byFirst = new TreeMap<>();
            for (Future<Allocation> allocation : allocations) {
                Allocation a = allocation.get(30, TimeUnit.SECONDS);
                byFirst.put(a.first(), a);
            }
            threads.shutdown();

            assertThat(byFirst).hasSize(2_000);
            long expectedFirst = 1;
            for (Allocation allocation : byFirst.values()) {
                assertThat(allocation.first()).isEqualTo(expectedFirst);
                expectedFirst = allocation.last() + 1;
            }
            assertThat(engine.highestAllocatedPosition()).isEqualTo(expectedFirst - 1);
        }
    }
}
