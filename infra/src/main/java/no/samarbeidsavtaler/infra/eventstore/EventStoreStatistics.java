package no.samarbeidsavtaler.infra.eventstore;

/** Cheap figures about the event store for health and progress reporting. */
public interface EventStoreStatistics {

    /**
     * The highest global position handed out so far, 0 on an empty store. Every stored event is at or
     * below it; a processor whose token reached it (without gaps) is up to date. One exact-key read.
     */
    long highestAllocatedPosition();
}
