package no.samarbeidsavtaler.projections.agreementview;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.samarbeidsavtaler.core.agreement.Agreement;
import no.samarbeidsavtaler.core.agreement.AgreementState;
import no.samarbeidsavtaler.core.agreement.AgreementVersion;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Runs real commands through the real aggregate (Axon's test fixture, real reference data) and hands
 * back what it recorded: the events with their sequence numbers and timestamps, and the aggregate's
 * own state to compare the fold with.
 */
public final class RecordedAgreement {

    private RecordedAgreement() {
    }

    /** The events the commands produced, in stream order (all commands must succeed). */
    public static List<DomainEventMessage<?>> events(List<Object> commands, String agreementId) {
        FixtureConfiguration<Agreement> fixture = fixture();
        fixture.givenCommands(commands);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        fixture.getEventStore().readEvents(agreementId).forEachRemaining(events::add);
        return events;
    }

    /** The view folded from the events the commands produced. */
    public static AgreementView folded(List<Object> commands, String agreementId) {
        AgreementView view = null;
        for (DomainEventMessage<?> event : events(commands, agreementId)) {
            view = AgreementViewFolder.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }

    /** The aggregate's versions after the commands (the last one must succeed). */
    public static List<AgreementVersion> aggregateVersions(List<Object> commands) {
        AtomicReference<List<AgreementVersion>> versions = new AtomicReference<>();
        fixture().givenCommands(commands.subList(0, commands.size() - 1))
                .when(commands.get(commands.size() - 1))
                .expectSuccessfulHandlerExecution()
                .expectState(agreement -> versions.set(versionsOf(agreement)));
        return versions.get();
    }

    private static FixtureConfiguration<Agreement> fixture() {
        FixtureConfiguration<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(CsvPartyCatalogue.fromClasspath());
        return fixture;
    }

    @SuppressWarnings("unchecked")
    private static List<AgreementVersion> versionsOf(Agreement agreement) {
        try {
            Field field = AgreementState.class.getDeclaredField("versions");
            field.setAccessible(true);
            return List.copyOf((List<AgreementVersion>) field.get(agreement));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
