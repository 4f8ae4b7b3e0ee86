package no.samarbeidsavtaler.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;

/**
 * The append protocol: serialize, read the hash the stream continues from (ADR 0003), allocate positions
 * with one counter increment, hash-link the documents, check the writer deadline, then one ordered insert.
 * On any failure after allocation the unused positions are voided.
 */
final class EventAppender {

    private final EngineSettings settings;
    private final PositionAllocator allocator;
    private final MongoCollection<BsonDocument> events;
    private final EventChain chain;

    EventAppender(EngineSettings settings, PositionAllocator allocator) {
        this.settings = settings;
        this.allocator = allocator;
        this.events = settings.events();
        this.chain = new EventChain(events);
    }

    void append(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<SerializedEvent> batch = messages.stream().map(message -> SerializedEvent.of(message, serializer)).toList();
        long appendLastSequence = checkOneAggregate(batch);
        SerializedEvent firstDomainEvent = batch.stream().filter(SerializedEvent::isDomainEvent).findFirst().orElse(null);
        String previousHash = firstDomainEvent == null ? null
                : chain.previousHash(firstDomainEvent.aggregateId(), firstDomainEvent.sequenceNumber());
        Allocation allocation = allocator.allocate(batch.size());
        List<BsonDocument> domainDocuments = new ArrayList<>();
        List<BsonDocument> plainDocuments = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            SerializedEvent event = batch.get(i);
            BsonDocument document = event.toEventDocument(allocation.first() + i, allocation.allocatedAt(),
                    appendLastSequence);
            (event.isDomainEvent() ? domainDocuments : plainDocuments).add(document);
        }
        EventChain.link(domainDocuments, previousHash);
        plainDocuments.forEach(DocumentHash::seal);
        // Positions keep the append's order; the insert puts the aggregate's events first so that a
        // conflict (which can only hit the first of them) fails the insert before anything is stored.
        List<BsonDocument> insertOrder = new ArrayList<>(domainDocuments);
        insertOrder.addAll(plainDocuments);
        try {
            settings.appendInterceptor().afterAllocation(allocation);
            checkWriterDeadline(allocation);
            events.insertMany(insertOrder, new InsertManyOptions().ordered(true));
            chain.appended(domainDocuments);
        } catch (MongoBulkWriteException e) {
            voidPositions(allocation, e);
            throw translate(e, insertOrder, batch);
        } catch (RuntimeException e) {
            voidPositions(allocation, e);
            throw e instanceof EventStoreException ? e : new EventStoreException("Appending events failed", e);
        }
    }

    /**
     * One append, one aggregate: the unique stream key can then only reject the append as a whole, and a
     * loader can tell a finished append from an unfinished one. Returns the append's last sequence number.
     */
    private static long checkOneAggregate(List<SerializedEvent> batch) {
        String aggregateId = null;
        long expected = -1;
        for (SerializedEvent event : batch) {
            if (!event.isDomainEvent()) {
                continue;
            }
            if (aggregateId == null) {
                aggregateId = event.aggregateId();
            } else if (!aggregateId.equals(event.aggregateId())) {
                throw new IllegalArgumentException("One append may hold the events of one aggregate only, got ["
                        + aggregateId + "] and [" + event.aggregateId() + "]");
            } else if (event.sequenceNumber() != expected) {
                throw new IllegalArgumentException("Events of aggregate [" + aggregateId
                        + "] must have consecutive sequence numbers, expected " + expected);
            }
            expected = event.sequenceNumber() + 1;
        }
        return expected - 1;
    }

    private void checkWriterDeadline(Allocation allocation) {
        Duration waited = Duration.between(allocation.allocatedAt(), settings.clock().instant());
        if (waited.compareTo(settings.writerDeadline()) > 0) {
            throw new AppendDeadlineExceededException("Positions " + allocation.first() + "-" + allocation.last()
                    + " were allocated " + waited + " ago, over the writer deadline of " + settings.writerDeadline()
                    + "; readers may have given up on them. Nothing was stored.");
        }
    }

    private RuntimeException translate(MongoBulkWriteException e, List<BsonDocument> insertOrder,
                                       List<SerializedEvent> batch) {
        if (e.getWriteErrors().isEmpty()) {
            // e.g. a majority write concern timed out: the events may still become durable and visible.
            return new EventStoreException("Outcome of the append is unknown (write concern not satisfied)", e);
        }
        int failedIndex = e.getWriteErrors().get(0).getIndex();
        BsonDocument failed = insertOrder.get(failedIndex);
        SerializedEvent first = batch.stream().filter(SerializedEvent::isDomainEvent).findFirst().orElse(null);
        if (first != null && DuplicateKeys.onlyDuplicateKeys(e) && takenByAnotherEvent(failed)) {
            String message = "An event for aggregate [" + first.aggregateId() + "] at sequence ["
                    + failed.getNumber(EventFields.SEQUENCE_NUMBER).longValue() + "] was already stored";
            return first.sequenceNumber() == 0
                    ? new AggregateStreamCreationException("Cannot reuse aggregate identifier [" + first.aggregateId()
                    + "]: " + message, e)
                    : new ConcurrencyException(message, e);
        }
        long position = failed.getInt64(EventFields.ID).getValue();
        return new EventStoreException("Appending events failed at position " + position
                + (isVoid(position) ? ", which a reader had already given up on (writer far past its deadline)" : "")
                + "; events of this append stored before it: " + failedIndex, e);
    }

    private boolean isVoid(long position) {
        BsonDocument occupant = events.find(eq(EventFields.ID, position)).first();
        return occupant != null && occupant.containsKey(EventFields.VOID);
    }

    /** Another document owns this stream key: a concurrent append, not a broken counter (duplicate _id). */
    private boolean takenByAnotherEvent(BsonDocument failed) {
        if (!failed.containsKey(EventFields.SEQUENCE_NUMBER)) {
            return false;
        }
        BsonDocument owner = events.find(eq(EventFields.STREAM_KEY, failed.getString(EventFields.STREAM_KEY)))
                .projection(Projections.include(EventFields.ID)).first();
        return owner != null && !owner.get(EventFields.ID).equals(failed.get(EventFields.ID));
    }

    /**
     * Fences every position of the failed append with a void document, so readers need not wait for them
     * and no late or retried insert can still land there. Positions already holding one of our events keep
     * it (duplicate _id, ignored). A void that cannot be written only leaves a gap, which expires.
     */
    private void voidPositions(Allocation allocation, RuntimeException failure) {
        List<BsonDocument> voids = new ArrayList<>(allocation.count());
        for (long position = allocation.first(); position <= allocation.last(); position++) {
            voids.add(SerializedEvent.voidDocument(position, allocation.allocatedAt(), SerializedEvent.VOID_APPEND_FAILED));
        }
        try {
            events.insertMany(voids, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!DuplicateKeys.onlyDuplicateKeys(e)) {
                failure.addSuppressed(e);
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
