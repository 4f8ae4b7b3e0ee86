package no.samarbeidsavtaler.infra.eventstore;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The event store's core scenarios — round trip, conflicting appends, concurrent writers with
 * readers — against a real MongoDB, when {@code AGREEMENTS_TEST_MONGODB_URI} names one
 * (e.g. {@code mongodb://localhost:27017/?replicaSet=rs0}). Without it the whole class is skipped
 * with one line, since these machines have no mongod.
 */
class RealMongoEventStoreTest {

    static final String URI_VARIABLE = "AGREEMENTS_TEST_MONGODB_URI";

    @BeforeAll
    static void requireRealMongo() {
        String uri = System.getenv(URI_VARIABLE);
        if (uri == null || uri.isBlank()) {
            System.out.println("[real-mongo] " + URI_VARIABLE + " is not set: skipping the event store tests against a real MongoDB");
        }
        Assumptions.assumeTrue(uri != null && !uri.isBlank(), URI_VARIABLE + " is not set");
    }

    private static TestMongo realMongo() {
        return TestMongo.real(System.getenv(URI_VARIABLE));
    }

    @Nested
    class AppendAndLoad extends AppendAndLoadTest {
        @Override
        TestMongo newMongo() {
            return realMongo();
        }
    }

    @Nested
    class ConflictingAppends extends ConflictingAppendTest {
        @Override
        TestMongo newMongo() {
            return realMongo();
        }
    }

    @Nested
    class ConcurrentWritersAndReaders extends ConcurrentWritersAndReadersTest {
        @Override
        TestMongo newMongo() {
            return realMongo();
        }
    }
}
