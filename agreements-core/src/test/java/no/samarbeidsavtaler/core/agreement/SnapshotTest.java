package no.samarbeidsavtaler.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Loading from a Jackson-serialized snapshot plus the tail equals loading from every event. */
class SnapshotTest {

    private static final String ID = HelseFonna2016.AGREEMENT_ID;
    private final ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
            ClasspathParameterResolverFactory.forClass(Agreement.class),
            new SimpleResourceParameterResolverFactory(Set.of(new FakePartyCatalogue())));

    /** The snapshot mapper infra should use: fields only, no getters, ISO dates. */
    static JacksonSerializer snapshotSerializer() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Test
    void snapshotPlusTailEqualsFullReplay() {
        JacksonSnapshotEngine engine = new JacksonSnapshotEngine(snapshotSerializer());
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder().eventStore(store)
                .aggregateFactories(new GenericAggregateFactory<>(Agreement.class))
                .parameterResolverFactory(resolvers).build();
        CommandGateway gateway = gatewayFor(repository(store, new EventCountSnapshotTriggerDefinition(snapshotter, 40)));
        HelseFonna2016.commands().forEach(gateway::sendAndWait);
        gateway.sendAndWait(new OpenDraftVersion(ID));
        gateway.sendAndWait(new AddClause(ID, 2, "hf2016-8", "8", "Evaluering", "Partene evaluerer ordningen årlig."));

        long snapshotAt = engine.readSnapshot(ID).orElseThrow().getSequenceNumber();
        List<DomainEventMessage<?>> all = new ArrayList<>();
        engine.readEvents(ID, 0).asStream().forEach(all::add);
        assertThat(engine.snapshotsTaken()).isGreaterThan(1);
        assertThat(all.get(all.size() - 1).getSequenceNumber()).as("events after the snapshot").isGreaterThan(snapshotAt);

        Agreement viaSnapshot = load(store);
        Agreement viaAllEvents = load(withoutSnapshots(all));
        assertThat(viaSnapshot).usingRecursiveComparison().isEqualTo(viaAllEvents);
        assertThat(AgreementInspector.version(viaSnapshot, 2).clause("hf2016-8")).isPresent();
        assertThat(AgreementInspector.version(viaSnapshot, 1).assignments().count()).isGreaterThan(100);
    }

    private EmbeddedEventStore withoutSnapshots(List<DomainEventMessage<?>> events) {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        engine.appendEvents(events);
        return EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    private EventSourcingRepository<Agreement> repository(EmbeddedEventStore store, SnapshotTriggerDefinition trigger) {
        return EventSourcingRepository.builder(Agreement.class).eventStore(store).snapshotTriggerDefinition(trigger)
                .parameterResolverFactory(resolvers).build();
    }

    private CommandGateway gatewayFor(EventSourcingRepository<Agreement> repository) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Agreement>builder().aggregateType(Agreement.class).repository(repository)
                .parameterResolverFactory(resolvers).build().subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private Agreement load(EmbeddedEventStore store) {
        EventSourcingRepository<Agreement> repository = repository(store, org.axonframework.eventsourcing.NoSnapshotTriggerDefinition.INSTANCE);
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> repository.load(ID).invoke(Function.identity())).getPayload();
    }
}
