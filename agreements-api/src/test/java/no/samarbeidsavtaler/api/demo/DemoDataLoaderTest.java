package no.samarbeidsavtaler.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.agreement.events.VersionEnteredIntoForce;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data: loaded through commands on first start, once, and never into someone else's data. */
class DemoDataLoaderTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theEmbeddedDefaultLoadsTheDemoAgreementsOnceWithTheirHistory() {
        Map<String, Long> sequences = new HashMap<>();
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory)) {
            EventStore events = registry.bean(EventStore.class);
            List<String> ids = DemoAgreements.ids(registry.bean(PartyCatalogue.class));
            assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
            for (String id : ids) {
                sequences.put(id, events.lastSequenceNumberFor(id).orElseThrow(() -> new AssertionError(id + " not loaded")));
            }
            List<? extends DomainEventMessage<?>> fonna = AgreementEvents.read(events, HelseFonna2016.AGREEMENT_ID);
            assertThat(fonna).allSatisfy(e -> {
                assertThat(e.getMetaData()).containsEntry(AuditMetaData.ACTOR_ID, DemoDataLoader.ACTOR);
                assertThat(e.getMetaData()).containsEntry(AuditMetaData.REASON, DemoDataLoader.REASON);
            });
            assertThat(fonna).as("version 1 and the revision both entered into force")
                    .filteredOn(e -> e.getPayload() instanceof VersionEnteredIntoForce)
                    .extracting(e -> ((VersionEnteredIntoForce) e.getPayload()).version()).containsExactly(1, 2);
        }
        try (RunningRegistry restarted = RunningRegistry.start(dataDirectory)) {
            EventStore events = restarted.bean(EventStore.class);
            assertThat(restarted.bean(DemoDataLoader.class).load()).as("nothing left to load").isZero();
            sequences.forEach((id, sequence) -> assertThat(events.lastSequenceNumberFor(id)).as(id).hasValue(sequence));
        }
    }

    @Test
    void oneSettingTurnsItOffAndAStoreWithOtherAgreementsIsLeftAlone() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false")) {
            EventStore events = registry.bean(EventStore.class);
            List<String> ids = DemoAgreements.ids(registry.bean(PartyCatalogue.class));
            assertThat(ids).allSatisfy(id -> assertThat(events.lastSequenceNumberFor(id)).as(id).isEmpty());

            registry.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterAgreement(
                    "real-agreement", AgreementKind.OVERALL, null, "En ekte avtale", HelseFonna2016.HELSE_FONNA_HF,
                    List.of("1106"), null, List.of(1), List.of())).andMetaData(Map.of(AuditMetaData.ACTOR_ID, "kari")));

            assertThat(registry.bean(DemoDataLoader.class).load()).isZero();
            assertThat(ids).allSatisfy(id -> assertThat(events.lastSequenceNumberFor(id)).as(id).isEmpty());
        }
    }

    @Test
    void aRealMongoDbNeverGetsDemoDataUnlessAskedFor() {
        assertThat(new DemoDataProperties(null).active(false)).isFalse();
        assertThat(new DemoDataProperties(null).active(true)).isTrue();
        assertThat(new DemoDataProperties(false).active(true)).isFalse();
        assertThat(new DemoDataProperties(true).active(false)).isTrue();
    }
}
