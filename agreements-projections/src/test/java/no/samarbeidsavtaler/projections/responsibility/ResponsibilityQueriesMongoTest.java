package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static no.samarbeidsavtaler.projections.responsibility.HelseFonnaResponsibilityTest.NEWLY_DIAGNOSED_DIABETES_COURSE;
import static no.samarbeidsavtaler.projections.responsibility.HelseFonnaResponsibilityTest.TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.RecordedAgreement;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.regionreports.FindRegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query services against the embedded MongoDB server through the real driver, with every find the
 * driver sends recorded: all of them must filter on {@code _id} alone (exact or {@code $in}), the only
 * lookups the embedded server serves from an index.
 */
class ResponsibilityQueriesMongoTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 1, 1);
    private static final List<DomainEventMessage<?>> EVENTS = RecordedAgreement.events(HelseFonna2016.commands(), AGREEMENT_ID);

    private final List<BsonDocument> findFilters = new CopyOnWriteArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private AgreementViewStore store;
    private ResponsibilityQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    // The command is backed by a pooled buffer: copy it before the driver releases it.
                    findFilters.add(BsonDocument.parse(event.getCommand().getDocument("filter", new BsonDocument()).toJson()));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + server.getLocalAddress().getHostString()
                        + ":" + server.getLocalAddress().getPort()))
                .addCommandListener(recorder).build());
        store = new AgreementViewStore(client.getDatabase("queries-test"), ViewCollections.DEFAULT);
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ResponsibilityQueries.NORWAY);
        queries = new ResponsibilityQueries(store, CsvPartyCatalogue.fromClasspath(), clock);
        AgreementViewProjection projection = new AgreementViewProjection(store);
        EVENTS.forEach(e ->
                projection.apply((AgreementEvent) e.getPayload(), e.getSequenceNumber(), e.getTimestamp()));
        store.save(null, TestAgreement.sub("odda", HELSE_FONNA_HF, "1228").clause("3")
                .assign("3", "odda-hf", TestAgreement.responsible(ResponsibilityResolverTest.NEWLY, TRUST))
                .inForceFrom(LocalDate.of(2017, 1, 1)).view());
        findFilters.clear();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theSeedQuestionIsAnsweredFromTheStoreForToday() {
        ResponsibilityAnswer answer = queries.handle(new FindResponsibility(NEWLY_DIAGNOSED_DIABETES_COURSE,
                HELSE_FONNA_HF, List.of(), null));
        assertThat(answer.validOn()).isEqualTo(TODAY);
        assertThat(answer.municipalities()).hasSize(16).allSatisfy(m -> assertThat(m.responsible()).containsExactly(TRUST));
        assertOnlyIdLookups();
    }

    @Test
    void aCurrentMunicipalityFindsAgreementsRecordedUnderItsPredecessors() {
        MunicipalityResponsibility ullensvang = queries.handle(new FindResponsibility(NEWLY_DIAGNOSED_DIABETES_COURSE,
                null, List.of("4618"), TODAY)).municipalities().get(0);
        assertThat(ullensvang.state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        assertThat(ullensvang.parties()).filteredOn(p -> p.role() == PartyRole.RESPONSIBLE)
                .extracting(p -> p.citation().agreementId()).containsExactlyInAnyOrder(AGREEMENT_ID, "odda");
        assertOnlyIdLookups();
    }

    @Test
    void theMatrixAndTheRegionReportComeFromTheTrustsAgreements() {
        ResponsibilityMatrix matrix = queries.handle(new FindResponsibilityMatrix(HELSE_FONNA_HF, TODAY));
        assertThat(matrix.rows()).hasSize(16);
        assertThat(matrix.columns()).hasSize(21);
        RegionReport report = new RegionReportQueries(store, CsvPartyCatalogue.fromClasspath())
                .handle(new FindRegionReport(HELSE_FONNA_HF, LocalDate.of(2021, 1, 1)));
        assertThat(report.municipalities()).hasSize(16);
        assertThat(report.reviewsDue()).extracting(RegionReport.ReviewDue::agreementId).containsExactly(AGREEMENT_ID, "odda");
        assertOnlyIdLookups();
    }

    private void assertOnlyIdLookups() {
        assertThat(findFilters).isNotEmpty().allSatisfy(filter -> {
            assertThat(filter.keySet()).containsExactly("_id");
            if (filter.get("_id").isDocument()) {
                assertThat(filter.getDocument("_id").keySet()).containsExactly("$in");
            }
        });
    }
}
