package no.samarbeidsavtaler.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** A snapshot is only taken when a change commits: a refused command writes nothing, not even a snapshot. */
class CommittedChangeSnapshotTriggerTest {

    private static final int THRESHOLD = 10;
    private final List<String> scheduled = new ArrayList<>();
    private final CommittedChangeSnapshotTrigger definition =
            new CommittedChangeSnapshotTrigger((type, id) -> scheduled.add(id), THRESHOLD);

    @Test
    void aLongReplayInARefusedCommandSchedulesNothing() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);
        replay(trigger, 25);
        trigger.initializationFinished();

        command.rollback(new IllegalStateException("refused"));

        assertThat(scheduled).isEmpty();
    }

    @Test
    void theNextCommittedChangeTakesTheSnapshotALongReplayAskedFor() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);
        replay(trigger, 25);
        trigger.initializationFinished();
        trigger.eventHandled(event(26));
        assertThat(scheduled).as("nothing before the commit").isEmpty();

        command.commit();

        assertThat(scheduled).containsExactly("agreement-1");
    }

    @Test
    void changesBelowTheThresholdScheduleNothingAndTheThresholdSchedulesOnce() {
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);
        trigger.initializationFinished();
        for (int sequence = 0; sequence < THRESHOLD - 1; sequence++) {
            UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
            trigger.eventHandled(event(sequence));
            command.commit();
        }
        assertThat(scheduled).isEmpty();

        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        trigger.eventHandled(event(THRESHOLD));
        command.commit();

        assertThat(scheduled).hasSize(1);
    }

    @Test
    void aNewAgreementsFirstEventsCountToo() {
        // A new aggregate is created, not loaded: Axon never calls initializationFinished on its trigger.
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        replay(trigger, THRESHOLD);

        command.commit();

        assertThat(scheduled).containsExactly("agreement-1");
    }

    @Test
    void aTriggerKeptWithACachedAggregateGetsTheSnapshotterBack() {
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);

        assertThat(definition.reconfigure(Object.class, trigger)).isSameAs(trigger);
    }

    private static void replay(SnapshotTrigger trigger, int events) {
        for (int sequence = 0; sequence < events; sequence++) {
            trigger.eventHandled(event(sequence));
        }
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Agreement", "agreement-1", sequence, "payload");
    }
}
