package no.samarbeidsavtaler.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeidsavtaler.api.web.commands.AggregateVersionInterceptor;
import no.samarbeidsavtaler.api.web.commands.CommandOutcome;
import no.samarbeidsavtaler.api.web.commands.CommandSender;
import no.samarbeidsavtaler.api.web.commands.EventSequenceTracker;
import no.samarbeidsavtaler.core.agreement.Agreement;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The version check and version report on Axon's own buses, with the real Agreement aggregate. */
class AggregateVersionInterceptorTest {

    private Configuration axon;
    private CommandSender sender;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Agreement.class)
                .registerComponent(PartyCatalogue.class, c -> CsvPartyCatalogue.fromClasspath())
                .buildConfiguration();
        axon.start();
        EventSequenceTracker tracker = new EventSequenceTracker();
        axon.eventBus().registerDispatchInterceptor(tracker);
        axon.commandBus().registerHandlerInterceptor(
                new AggregateVersionInterceptor(() -> axon.repository(Agreement.class), tracker));
        sender = new CommandSender(axon.commandBus());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void theSenderLearnsTheVersionAfterTheCommand() {
        CommandOutcome registered = sender.send(register("a-1"), MetaData.emptyInstance());

        assertThat(registered.result()).isEqualTo("a-1");
        assertThat(registered.aggregateVersion()).isEqualTo(1L); // AgreementRegistered 0, DraftVersionOpened 1

        CommandOutcome added = sender.send(clause("a-1", "c1"), expecting(1));
        assertThat(added.aggregateVersion()).isEqualTo(2L);
    }

    @Test
    void aStaleExpectedVersionIsRefusedBeforeTheHandlerRunsAndStoresNothing() {
        sender.send(register("a-1"), MetaData.emptyInstance());
        sender.send(clause("a-1", "c1"), expecting(1));

        // Without the check, c2 would be added happily on top of version 2.
        assertThatThrownBy(() -> sender.send(clause("a-1", "c2"), expecting(1)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(axon.eventStore().readEvents("a-1").asStream().count()).isEqualTo(3);
    }

    @Test
    void rulesAndUnknownAggregatesSurfaceAsThemselves() {
        sender.send(register("a-1"), MetaData.emptyInstance());

        assertThatThrownBy(() -> sender.send(clause("a-1", ""), expecting(1))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> sender.send(clause("nope", "c1"), expecting(0))).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void otherSendersSeeThePlainResult() {
        // The demo loader and other code use the CommandGateway: they must not get a wrapped result.
        Object id = axon.commandGateway().sendAndWait(register("a-2"));

        assertThat(id).isEqualTo("a-2");
    }

    private static MetaData expecting(long version) {
        return MetaData.with(AggregateVersionInterceptor.EXPECTED_VERSION, version);
    }

    private static RegisterAgreement register(String id) {
        return new RegisterAgreement(id, AgreementKind.OVERALL, null, "Samarbeidsavtale Helse Fonna", "983974694",
                List.of("4618"), null, List.of(1), List.of());
    }

    private static AddClause clause(String agreementId, String clauseId) {
        return new AddClause(agreementId, 1, clauseId, "1", "Fagnettverk", "Tekst");
    }
}
