package no.samarbeidsavtaler.projections.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.samarbeidsavtaler.core.agreement.Agreement;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * The real agreement aggregate behind Axon's command bus and an embedded in-memory event store, with
 * the audit metadata copied from commands to events as infra does, and a settable recording clock
 * (Axon's {@link GenericEventMessage#clock}, restored on close). Commands are sent "as" an actor.
 */
public final class AuditedRegistry implements AutoCloseable {

    private static final PartyCatalogue PARTIES = CsvPartyCatalogue.fromClasspath();

    private final Configuration configuration;
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Map<String, Object> actor = new HashMap<>();

    private AuditedRegistry(Consumer<EventProcessingConfigurer> processing) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Agreement.class)
                .registerComponent(PartyCatalogue.class, c -> PARTIES)
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider(AuditMetaData.KEYS.toArray(String[]::new))));
        processing.accept(configurer.eventProcessing());
        this.configuration = configurer.buildConfiguration();
        configuration.start();
        as("kari", "secretary");
    }

    public static AuditedRegistry start() {
        return new AuditedRegistry(p -> { });
    }

    /** With live event processors, e.g. a pooled streaming projection. */
    public static AuditedRegistry start(Consumer<EventProcessingConfigurer> processing) {
        return new AuditedRegistry(processing);
    }

    public static PartyCatalogue parties() {
        return PARTIES;
    }

    public AuditedRegistry as(String actorId, String role) {
        actor.clear();
        actor.put(AuditMetaData.ACTOR_ID, actorId);
        actor.put(AuditMetaData.ACTOR_ROLE, role);
        return this;
    }

    /** Events recorded from now on carry this timestamp. */
    public AuditedRegistry at(Instant recordedAt) {
        GenericEventMessage.clock = Clock.fixed(recordedAt, ZoneOffset.UTC);
        return this;
    }

    public void send(Object command) {
        send(command, Map.of());
    }

    /** Sends with the current actor plus extra metadata (reason, caseReference). */
    public void send(Object command, Map<String, ?> metaData) {
        Map<String, Object> all = new HashMap<>(actor);
        all.putAll(metaData);
        configuration.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(all));
    }

    public void sendAll(List<Object> commands) {
        commands.forEach(this::send);
    }

    public EventStore eventStore() {
        return configuration.eventStore();
    }

    /** The event store's storage engine, as the app hands it to the rebuilder and the consistency check. */
    public EventStorageEngine storage() {
        return storage;
    }

    public Configuration configuration() {
        return configuration;
    }

    @Override
    public void close() {
        configuration.shutdown();
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
