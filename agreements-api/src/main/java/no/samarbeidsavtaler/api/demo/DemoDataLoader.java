package no.samarbeidsavtaler.api.demo;

import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.infra.config.RegistryStoreProperties;
import no.samarbeidsavtaler.infra.eventstore.EventStoreStatistics;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Records the demo agreements on first start, through the same commands a secretary would send, so
 * they have a real history (actor {@value #ACTOR}, reason "{@value #REASON}"). On by default only with
 * the embedded store; {@code agreements.demo-data.enabled=false} turns it off, {@code true} forces it.
 *
 * <p>Idempotent across restarts: an agreement is loaded only when its fixed id has no events. Demo data
 * is never mixed into someone's real data: a store that already holds events, but none of the demo
 * agreements, is left alone. Each agreement is recorded atomically (see {@link #record}), so an
 * interrupted load resumes with the first demo agreement the store lacks.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoDataLoader implements ApplicationRunner {

    public static final String ACTOR = "demo-loader";
    public static final String REASON = "Demodata";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final RegistryStoreProperties store;
    private final CommandGateway commands;
    private final EventStore events;
    private final ObjectProvider<EventStoreStatistics> statistics;
    private final PartyCatalogue parties;
    private final DemoReadSide readSide;
    private volatile boolean done;

    public DemoDataLoader(DemoDataProperties properties, RegistryStoreProperties store, CommandGateway commands,
                          EventStore events, ObjectProvider<EventStoreStatistics> statistics, PartyCatalogue parties,
                          DemoReadSide readSide) {
        this.properties = properties;
        this.store = store;
        this.commands = commands;
        this.events = events;
        this.statistics = statistics;
        this.parties = parties;
        this.readSide = readSide;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (!properties.active(store.embedded())) {
                log.info("Demo data off{}", store.embedded() ? " (agreements.demo-data.enabled=false)" : " (a MongoDB URI is configured)");
                return;
            }
            load();
            // The web server answers before runners run: DemoDataHealthIndicator keeps health OUT_OF_SERVICE until
            // the demo agreements can be asked about, so "UP, then the README's question" gets the real answer.
            readSide.awaitAgreements(DemoAgreements.ids(parties));
        } finally {
            done = true;
        }
    }

    /** True once the runner has finished: demo data off, or loaded and visible in the read models. */
    public boolean done() {
        return done;
    }

    /** Loads the missing demo agreements; returns how many were recorded now. */
    public int load() {
        List<DemoAgreement> demo = DemoAgreements.all(parties);
        boolean anyDemoPresent = demo.stream().anyMatch(this::exists);
        EventStoreStatistics stats = statistics.getIfAvailable();
        if (!anyDemoPresent && stats != null && stats.highestAllocatedPosition() > 0) {
            log.info("Demo data not loaded: the store already holds other agreements");
            return 0;
        }
        long started = System.nanoTime();
        int loaded = 0;
        int sent = 0;
        for (DemoAgreement agreement : demo) {
            if (exists(agreement)) {
                continue;
            }
            record(agreement);
            sent += agreement.commands().size();
            loaded++;
            log.info("Demo data: recorded {} ({})", agreement.agreementId(), agreement.description());
        }
        if (loaded > 0) {
            log.info("Demo data: {} agreements, {} commands in {} ms", loaded, sent, (System.nanoTime() - started) / 1_000_000);
        }
        return loaded;
    }

    /**
     * All commands of one agreement in one unit of work: the nested command handlers share the aggregate
     * loaded once (Axon keeps it in the root unit of work) and its events are appended together when the
     * root commits. So an agreement is either fully recorded or not at all, and "its id has events" is
     * exactly "it is loaded", even after a crash half-way.
     */
    private void record(DemoAgreement agreement) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            for (Object command : agreement.commands()) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                        AuditMetaData.ACTOR_ID, ACTOR, AuditMetaData.ACTOR_ROLE, "system", AuditMetaData.REASON, REASON)));
            }
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    private boolean exists(DemoAgreement agreement) {
        return events.lastSequenceNumberFor(agreement.agreementId()).isPresent();
    }
}
