package no.samarbeidsavtaler.core.agreement;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * In-memory storage that keeps snapshots serialized, as a real store does. The stock in-memory engine
 * hands out the very aggregate object it stored, which later loads then mutate.
 */
final class JacksonSnapshotEngine extends InMemoryEventStorageEngine {

    private record Stored(String type, long sequence, SerializedObject<byte[]> payload) {
    }

    private final Serializer serializer;
    private final Map<String, Stored> snapshots = new ConcurrentHashMap<>();
    private final AtomicInteger taken = new AtomicInteger();

    JacksonSnapshotEngine(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        snapshots.put(snapshot.getAggregateIdentifier(), new Stored(snapshot.getType(), snapshot.getSequenceNumber(),
                serializer.serialize(snapshot.getPayload(), byte[].class)));
        taken.incrementAndGet();
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.get(aggregateIdentifier)).map(s -> new GenericDomainEventMessage<>(
                s.type(), aggregateIdentifier, s.sequence(), serializer.deserialize(s.payload())));
    }

    int snapshotsTaken() {
        return taken.get();
    }
}
