package no.samarbeidsavtaler.infra.eventstore;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon event storage engine on MongoDB (and the embedded mongo-java-server) that never lets a tracking
 * processor skip an event: global positions from a counter document, Axon's gap-aware tokens, a writer
 * deadline that makes gap expiry safe, and only exact-key or {@code $in} lookups on hot paths.
 *
 * <p>Rules for callers: one append holds the events of at most one aggregate (plus plain events), with
 * consecutive sequence numbers; the serializers must produce JSON. Design and limits: ADR 0002.
 */
public class MongoEventStorageEngine extends AbstractEventStorageEngine implements EventStoreStatistics {

    private final EngineSettings settings;
    private final PositionAllocator allocator;
    private final EventAppender appender;
    private final AggregateStreamReader streams;
    private final TrackingReader tracking;
    private final TokenFactory tokens;
    private final SnapshotStore snapshots;

    protected MongoEventStorageEngine(MongoEventStorageEngineBuilder builder) {
        super(builder);
        this.settings = builder.settings();
        this.allocator = new PositionAllocator(settings);
        this.appender = new EventAppender(settings, allocator);
        this.streams = new AggregateStreamReader(settings);
        this.tracking = new TrackingReader(settings, allocator);
        this.tokens = new TokenFactory(settings, allocator);
        this.snapshots = new SnapshotStore(settings);
    }

    public static MongoEventStorageEngineBuilder builder() {
        return new MongoEventStorageEngineBuilder();
    }

    /**
     * Creates the unique indexes the engine relies on: {@code streamKey} on events (the only guard against
     * two appends at one sequence number) and {@code {_id, sequenceNumber}} on snapshots (exact compare-and-
     * swap). Both are unique, so the embedded server uses them for exact and {@code $in} lookups. Also
     * creates the position counter.
     */
    public void ensureIndexes() {
        allocator.ensureCounter();
        settings.events().createIndex(Indexes.ascending(EventFields.STREAM_KEY), new IndexOptions().unique(true));
        settings.snapshots().createIndex(Indexes.ascending(EventFields.ID, EventFields.SEQUENCE_NUMBER),
                new IndexOptions().unique(true));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        appender.append(events, serializer);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return streams.read(aggregateIdentifier, firstSequenceNumber).stream().map(StoredEvent::fromDocument);
    }

    /** {@code mayBlock} is not needed: Axon's EmbeddedEventStore waits and polls itself when a read is empty. */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return tracking.stream(gapAware(trackingToken));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier).stream().map(StoredEvent::fromDocument);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long last = streams.lastSequenceNumber(aggregateIdentifier);
        return last < 0 ? Optional.empty() : Optional.of(last);
    }

    /** {@code null}: Axon's "from the very beginning"; positions start at 1. */
    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokens.head();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tokens.at(dateTime);
    }

    @Override
    public long highestAllocatedPosition() {
        return allocator.highestAllocated();
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (token == null) {
            return new GapAwareTrackingToken(0, List.of());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + token.getClass().getName());
    }
}
