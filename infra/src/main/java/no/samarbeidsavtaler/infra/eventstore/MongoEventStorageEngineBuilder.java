package no.samarbeidsavtaler.infra.eventstore;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertStrictPositive;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Builds a {@link MongoEventStorageEngine}. Required: {@link #database} and {@link #eventSerializer} (a JSON
 * serializer: documents store the JSON parsed, so Axon's XStream default cannot work). The snapshot
 * serializer defaults to the event serializer.
 */
public class MongoEventStorageEngineBuilder extends AbstractEventStorageEngine.Builder {

    private MongoDatabase database;
    private Serializer eventSerializer;
    private boolean snapshotSerializerSet;
    private String eventsCollection = "events";
    private String snapshotsCollection = "snapshots";
    private String countersCollection = "counters";
    private int batchSize = 100;
    private Duration gapTimeout = Duration.ofSeconds(60);
    private int maxGapOffset = 10_000;
    private Clock clock = Clock.systemUTC();
    private AppendInterceptor appendInterceptor = AppendInterceptor.NONE;

    MongoEventStorageEngineBuilder() {
    }

    /** Its write concern and read concern are the engine's: production uses majority + journal. */
    public MongoEventStorageEngineBuilder database(MongoDatabase database) {
        assertNonNull(database, "The MongoDatabase may not be null");
        this.database = database;
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder eventSerializer(Serializer eventSerializer) {
        super.eventSerializer(eventSerializer);
        this.eventSerializer = eventSerializer;
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder snapshotSerializer(Serializer snapshotSerializer) {
        super.snapshotSerializer(snapshotSerializer);
        this.snapshotSerializerSet = true;
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder upcasterChain(EventUpcaster upcasterChain) {
        super.upcasterChain(upcasterChain);
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder snapshotFilter(SnapshotFilter snapshotFilter) {
        super.snapshotFilter(snapshotFilter);
        return this;
    }

    /** Not used: conflicts are recognised from MongoDB's duplicate-key errors directly. */
    @Override
    public MongoEventStorageEngineBuilder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
        super.persistenceExceptionResolver(resolver);
        return this;
    }

    public MongoEventStorageEngineBuilder eventsCollection(String name) {
        this.eventsCollection = name;
        return this;
    }

    public MongoEventStorageEngineBuilder snapshotsCollection(String name) {
        this.snapshotsCollection = name;
        return this;
    }

    public MongoEventStorageEngineBuilder countersCollection(String name) {
        this.countersCollection = name;
        return this;
    }

    /** Positions read per tracking batch (default 100; stack-notes saw p99 spikes with 1,000). */
    public MongoEventStorageEngineBuilder batchSize(int batchSize) {
        assertStrictPositive(batchSize, "The batch size must be positive");
        this.batchSize = batchSize;
        return this;
    }

    /** How long a reader waits for an allocated position before giving up on it (default 60 s). */
    public MongoEventStorageEngineBuilder gapTimeout(Duration gapTimeout) {
        assertNonNull(gapTimeout, "The gap timeout may not be null");
        assertStrictPositive(gapTimeout.toMillis(), "The gap timeout must be positive");
        this.gapTimeout = gapTimeout;
        return this;
    }

    /** Gaps further than this many positions behind the token are dropped (default 10,000). */
    public MongoEventStorageEngineBuilder maxGapOffset(int maxGapOffset) {
        assertStrictPositive(maxGapOffset, "The max gap offset must be positive");
        this.maxGapOffset = maxGapOffset;
        return this;
    }

    public MongoEventStorageEngineBuilder clock(Clock clock) {
        assertNonNull(clock, "The clock may not be null");
        this.clock = clock;
        return this;
    }

    /** Test hook, see {@link AppendInterceptor}. */
    MongoEventStorageEngineBuilder appendInterceptor(AppendInterceptor appendInterceptor) {
        this.appendInterceptor = appendInterceptor;
        return this;
    }

    public MongoEventStorageEngine build() {
        return new MongoEventStorageEngine(this);
    }

    @Override
    protected void validate() throws AxonConfigurationException {
        assertNonNull(database, "The MongoDatabase is mandatory");
        assertNonNull(eventSerializer, "The event serializer is mandatory (and must produce JSON)");
        if (!snapshotSerializerSet) {
            snapshotSerializer(eventSerializer);
        }
        super.validate();
    }

    EngineSettings settings() {
        return new EngineSettings(database, eventsCollection, snapshotsCollection, countersCollection,
                batchSize, gapTimeout, maxGapOffset, clock, appendInterceptor);
    }
}
