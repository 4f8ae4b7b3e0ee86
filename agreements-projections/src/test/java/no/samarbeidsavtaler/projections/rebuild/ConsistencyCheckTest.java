package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.projections.rebuild.LiveRegistry.SUMMARY;
import static no.samarbeidsavtaler.projections.rebuild.LiveRegistry.VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyReport.Discrepancy;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyReport.Kind;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One live registry for all checks; each test that tampers repairs by rebuilding afterwards. */
class ConsistencyCheckTest {

    private static final List<String> IDS = List.of(HelseFonna2016.AGREEMENT_ID, "a-1", "a-2");
    private static LiveRegistry live;

    @BeforeAll
    static void record() {
        live = new LiveRegistry(true);
        live.registry.sendAll(HelseFonna2016.commands());
        live.registry.sendAll(SmallAgreements.registration("a-1", 2));
        live.registry.sendAll(SmallAgreements.registration("a-2", 2));
        Await.until("live projections up to date", Duration.ofSeconds(20), () -> live.upToDate(IDS));
    }

    @AfterAll
    static void close() {
        live.close();
    }

    @Test
    void liveProjectionsBuiltByTheirProcessorsAreConsistent() throws Exception {
        ConsistencyReport summary = live.consistencyCheck().run(SUMMARY);
        ConsistencyReport view = live.consistencyCheck().run(VIEW);

        assertThat(summary.consistent()).as(summary.toString()).isTrue();
        assertThat(summary.documentsCompared()).isEqualTo(3);
        assertThat(view.consistent()).as(view.toString()).isTrue();
        assertThat(view.documentsCompared()).as("3 views, 1 trust, 16 municipalities").isEqualTo(20);
        assertThat(live.mongo.database().listCollectionNames().into(new ArrayList<>()))
                .as("scratch collections are dropped").noneMatch(name -> name.contains("_check"));
    }

    @Test
    void tamperedMissingAndExtraDocumentsAreReported() throws Exception {
        var summaries = live.summaries.get();
        Document original = summaries.find(eq("_id", "a-1")).first();
        Document deleted = summaries.find(eq("_id", "a-2")).first();
        summaries.updateOne(eq("_id", "a-1"), Updates.set("title", "Endret direkte i databasen"));
        summaries.deleteOne(eq("_id", "a-2"));
        summaries.insertOne(new Document("_id", "ghost").append("version", 0L));
        try {
            ConsistencyReport report = new ConsistencyCheck(live.registry.storage(), live.collections,
                    RebuildableProjections.all(), java.util.Set.of(), 1, Duration.ZERO).run(SUMMARY);

            assertThat(report.consistent()).isFalse();
            assertThat(report.discrepancies()).containsExactlyInAnyOrder(
                    new Discrepancy("agreement_summaries", "a-1", Kind.DIFFERENT, List.of("title")),
                    new Discrepancy("agreement_summaries", "a-2", Kind.MISSING, List.of()),
                    new Discrepancy("agreement_summaries", "ghost", Kind.EXTRA, List.of()));
        } finally {
            summaries.replaceOne(eq("_id", "a-1"), original);
            summaries.insertOne(deleted);
            summaries.deleteOne(eq("_id", "ghost"));
        }
    }

    @Test
    void aTamperedLookupOfTheViewProjectionIsReportedButItsOrderIsNot() throws Exception {
        var byTrust = live.views.collection("agreements_by_trust");
        Document original = byTrust.find(eq("_id", HelseFonna2016.HELSE_FONNA_HF)).first();
        List<String> reversed = new ArrayList<>(original.getList("agreementIds", String.class));
        java.util.Collections.reverse(reversed);
        byTrust.updateOne(eq("_id", HelseFonna2016.HELSE_FONNA_HF), Updates.set("agreementIds", reversed));
        try {
            assertThat(live.consistencyCheck().run(VIEW).consistent()).isTrue();

            byTrust.updateOne(eq("_id", HelseFonna2016.HELSE_FONNA_HF), Updates.pull("agreementIds", "a-1"));
            ConsistencyReport report = new ConsistencyCheck(live.registry.storage(), live.collections,
                    RebuildableProjections.all(), java.util.Set.of(), 1, Duration.ZERO).run(VIEW);
            assertThat(report.discrepancies()).containsExactly(new Discrepancy("agreements_by_trust",
                    HelseFonna2016.HELSE_FONNA_HF, Kind.DIFFERENT, List.of("agreementIds")));
        } finally {
            byTrust.replaceOne(eq("_id", HelseFonna2016.HELSE_FONNA_HF), original);
        }
    }
}
