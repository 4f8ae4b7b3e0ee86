package no.samarbeidsavtaler.projections.rebuild;

import static no.samarbeidsavtaler.projections.rebuild.LiveRegistry.SUMMARY;
import static no.samarbeidsavtaler.projections.rebuild.LiveRegistry.VIEW;
import static no.samarbeidsavtaler.projections.rebuild.LiveRegistry.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.projections.agreementsummary.FindAgreementSummary;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectionRebuilderTest {

    private static final List<String> IDS = List.of(HelseFonna2016.AGREEMENT_ID, "a-1", "a-2", "a-3");

    private LiveRegistry live;

    @AfterEach
    void close() {
        live.close();
    }

    private void recordAgreements() {
        live.registry.sendAll(HelseFonna2016.commands());
        for (String id : IDS.subList(1, IDS.size())) {
            live.registry.sendAll(SmallAgreements.registration(id, 3));
        }
    }

    @Test
    void rebuildFillsANewGenerationEqualToTheLiveOneAndSwitchesTheLiveProjectionToIt() throws Exception {
        live = new LiveRegistry(true);
        recordAgreements();
        Await.until("live projections up to date", Duration.ofSeconds(20), () -> live.upToDate(IDS));
        List<Document> summariesBefore = all(live.summaries.get());
        List<Document> viewsBefore = all(live.views.get());
        List<Document> byTrustBefore = LiveRegistry.lookups(live.views.collection("agreements_by_trust"));
        List<Document> byMunicipalityBefore = LiveRegistry.lookups(live.views.collection("agreements_by_municipality"));

        try (ProjectionRebuilder rebuilder = live.rebuilder()) {
            RebuildStatus summary = rebuilder.rebuild(SUMMARY);
            RebuildStatus view = rebuilder.rebuild(VIEW);

            assertThat(summary.phase()).isEqualTo(RebuildPhase.COMPLETED);
            assertThat(view.phase()).isEqualTo(RebuildPhase.COMPLETED);
        }
        String suffix = live.collections.activeSuffix(SUMMARY);
        assertThat(suffix).startsWith("__");
        assertThat(live.summaries.get().getNamespace().getCollectionName()).isEqualTo("agreement_summaries" + suffix);
        assertThat(all(live.summaries.get())).isEqualTo(summariesBefore);
        assertThat(all(live.views.get())).isEqualTo(viewsBefore);
        assertThat(LiveRegistry.lookups(live.views.collection("agreements_by_trust"))).isEqualTo(byTrustBefore);
        assertThat(LiveRegistry.lookups(live.views.collection("agreements_by_municipality")))
                .isEqualTo(byMunicipalityBefore);
        assertThat(live.views.suffix()).isNotEmpty();
        assertThat(live.mongo.database().listCollectionNames().into(new ArrayList<>()))
                .as("the generation that served until the switch is kept")
                .contains("agreement_summaries", "agreement_views", "agreements_by_trust", "agreements_by_municipality");
        assertThat(live.summaryProjection.handle(new FindAgreementSummary("a-2")))
                .hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(live.lastSequence("a-2")));
    }

    @Test
    void aSecondRebuildKeepsTheFirstRebuiltGenerationAndDropsTheOneBeforeIt() {
        live = new LiveRegistry(false);
        recordAgreements();
        try (ProjectionRebuilder rebuilder = live.rebuilder()) {
            rebuilder.rebuild(SUMMARY);
            String first = live.collections.activeSuffix(SUMMARY);
            live.registry.send(SmallAgreements.amendment("a-1", 1, 1));
            assertThat(rebuilder.rebuild(SUMMARY).phase()).isEqualTo(RebuildPhase.COMPLETED);
            String second = live.collections.activeSuffix(SUMMARY);

            assertThat(second).isNotEqualTo(first);
            assertThat(live.mongo.database().listCollectionNames().into(new ArrayList<>()))
                    .contains("agreement_summaries" + first, "agreement_summaries" + second)
                    .doesNotContain("agreement_summaries");
            assertThat(live.summaries.get().find(new Document("_id", "a-1")).first().getLong("version"))
                    .isEqualTo(live.lastSequence("a-1"));
        }
    }

    @Test
    void eventsStoredWhileTheRebuildRunsReachTheNewGeneration() {
        live = new LiveRegistry(false);
        recordAgreements();
        // Open #3 is the catch-up right after the switch, open #4 the one after every node saw it: the
        // window in which a live processor may still have written to the old generation only.
        InterleavingSource source = new InterleavingSource(new StoredEventSource(live.registry.storage()), open -> {
            if (open == 3 || open == 4) {
                live.registry.send(SmallAgreements.amendment("a-1", 1, open));
            }
        });
        try (ProjectionRebuilder rebuilder = new ProjectionRebuilder(source, live.collections,
                RebuildableProjections.all(), ProjectionRebuilder.RebuildSettings.defaults())) {
            assertThat(rebuilder.rebuild(SUMMARY).phase()).isEqualTo(RebuildPhase.COMPLETED);
        }

        assertThat(source.opened()).isEqualTo(4);
        Document summary = live.summaries.get().find(new Document("_id", "a-1")).first();
        assertThat(summary.getLong("version")).isEqualTo(live.lastSequence("a-1"));
    }

    @Test
    void rebuildWhileCommandsKeepArrivingLosesNothing() throws Exception {
        live = new LiveRegistry(true);
        recordAgreements();
        Await.until("live projections up to date", Duration.ofSeconds(20), () -> live.upToDate(IDS));
        try (ProjectionRebuilder rebuilder = live.rebuilder();
             ContinuousWriter writer = new ContinuousWriter(live.registry, IDS.subList(1, IDS.size()))) {
            rebuilder.start(SUMMARY);
            Await.until("the rebuild to finish", Duration.ofSeconds(30),
                    () -> !rebuilder.status(SUMMARY).orElseThrow().running());
            Await.until("commands during the rebuild", Duration.ofSeconds(5), () -> writer.sent() > 0);
            writer.stop();
            assertThat(rebuilder.status(SUMMARY).orElseThrow().phase()).isEqualTo(RebuildPhase.COMPLETED);
        }

        Await.until("live projections up to date", Duration.ofSeconds(20), () -> live.upToDate(IDS));
        assertThat(live.collections.activeSuffix(SUMMARY)).isNotEmpty();
        ConsistencyReport report = live.consistencyCheck().run(SUMMARY);
        assertThat(report.discrepancies()).isEmpty();
    }

    @Test
    void progressIsAnsweredByTheStatusQueryAndSurvivesTheRebuilderInstance() throws Exception {
        live = new LiveRegistry(false);
        recordAgreements();
        long events = IDS.stream().mapToLong(id -> live.lastSequence(id) + 1).sum();
        try (ProjectionRebuilder rebuilder = live.rebuilder()) {
            rebuilder.rebuild(SUMMARY);
            RebuildStatus status = rebuilder.handle(new FindRebuildStatus(SUMMARY)).orElseThrow();
            assertThat(status.eventsDone()).isEqualTo(events);
            assertThat(status.eventsPerSecond()).isPositive();
            assertThat(status.position()).isNotNull();
            assertThat(status.finishedAt()).isAfterOrEqualTo(status.startedAt());
            assertThat(rebuilder.handle(new FindRebuildStatus(VIEW))).isEmpty();
        }
        try (ProjectionRebuilder another = live.rebuilder()) {
            Optional<RebuildStatus> stored = another.handle(new FindRebuildStatus(SUMMARY));
            assertThat(stored).hasValueSatisfying(s -> {
                assertThat(s.phase()).isEqualTo(RebuildPhase.COMPLETED);
                assertThat(s.eventsDone()).isEqualTo(events);
            });
        }
    }
}
