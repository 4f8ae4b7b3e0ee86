package no.samarbeidsavtaler.infra.config;

import java.io.Serializable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Snapshots an agreement after {@code threshold} events, but only when a command that changed it commits.
 *
 * <p>Axon's {@code EventCountSnapshotTriggerDefinition} also schedules a snapshot when <em>loading</em> an
 * aggregate replayed that many events, and it does so in the unit of work's clean-up, which runs on rollback
 * too: a refused command (a stale If-Match, a broken rule) could write a snapshot. A snapshot is derived
 * data, but a refused request must change nothing in the store (the hostile-input corpus checks the whole
 * store byte for byte). Here the events replayed on load still count, so the next command that commits
 * takes the snapshot the long replay asked for.
 */
final class CommittedChangeSnapshotTrigger implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int threshold;

    CommittedChangeSnapshotTrigger(Snapshotter snapshotter, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
        }
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(aggregateType, snapshotter, threshold);
    }

    /** A trigger kept with a cached aggregate gets this definition's snapshotter back (it is not serialised). */
    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger kept) {
            kept.snapshotter = snapshotter;
            return kept;
        }
        return prepareTrigger(aggregateType);
    }

    static final class Trigger implements SnapshotTrigger, Serializable {

        private static final long serialVersionUID = 1L;
        private static final String SNAPSHOT_PROMISED = CommittedChangeSnapshotTrigger.class.getName() + ".promised:";

        private final Class<?> aggregateType;
        private final int threshold;
        private transient Snapshotter snapshotter;
        private int eventsSinceSnapshot;

        Trigger(Class<?> aggregateType, Snapshotter snapshotter, int threshold) {
            this.aggregateType = aggregateType;
            this.snapshotter = snapshotter;
            this.threshold = threshold;
        }

        /**
         * Counts replayed and new events alike (a new agreement is never "loaded", so it gets no
         * {@link #initializationFinished()}); the snapshot waits for the unit of work's commit.
         */
        @Override
        public void eventHandled(EventMessage<?> message) {
            if (!(message instanceof DomainEventMessage<?> event) || ++eventsSinceSnapshot < threshold) {
                return;
            }
            eventsSinceSnapshot = 0;
            String aggregateId = event.getAggregateIdentifier();
            if (!CurrentUnitOfWork.isStarted()) {
                snapshotter.scheduleSnapshot(aggregateType, aggregateId);
                return;
            }
            // One promise per unit of work, however long the replay; kept in the unit of work, not in this trigger,
            // which a cached agreement holds long after the unit of work is gone.
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            if (unitOfWork.resources().putIfAbsent(SNAPSHOT_PROMISED + aggregateId, Boolean.TRUE) == null) {
                unitOfWork.onPrepareCommit(u -> snapshotter.scheduleSnapshot(aggregateType, aggregateId));
            }
        }

        @Override
        public void initializationFinished() {
            // Nothing to do: replayed events were counted, and any snapshot they call for waits for a commit.
        }
    }
}
