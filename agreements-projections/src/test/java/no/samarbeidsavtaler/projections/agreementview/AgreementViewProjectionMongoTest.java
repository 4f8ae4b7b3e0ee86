package no.samarbeidsavtaler.projections.agreementview;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection against the embedded MongoDB server through the real driver: no mocked database. */
class AgreementViewProjectionMongoTest {

    private static final List<DomainEventMessage<?>> EVENTS = RecordedAgreement.events(LifecycleScenario.all(), AGREEMENT_ID);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private AgreementViewProjection projection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create("mongodb://" + server.getLocalAddress().getHostString() + ":"
                + server.getLocalAddress().getPort());
        database = client.getDatabase("projections-test");
        projection = new AgreementViewProjection(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void applyAll() {
        EVENTS.forEach(e -> projection.apply((AgreementEvent) e.getPayload(), e.getSequenceNumber(), e.getTimestamp()));
    }

    @Test
    void storedViewReadsBackEqualToTheFold() {
        applyAll();
        AgreementView folded = AgreementViewFolder.apply(null, EVENTS.get(0).getPayload(), 0, EVENTS.get(0).getTimestamp());
        for (DomainEventMessage<?> e : EVENTS.subList(1, EVENTS.size())) {
            folded = AgreementViewFolder.apply(folded, e.getPayload(), e.getSequenceNumber(), e.getTimestamp());
        }
        assertThat(projection.handle(new FindAgreementView(AGREEMENT_ID))).contains(folded);
        Document stored = database.getCollection("agreement_views").find(eq("_id", AGREEMENT_ID)).first();
        assertThat(stored.get("version")).isEqualTo((long) EVENTS.size() - 1);
        assertThat(stored.getString("registeredAt")).isEqualTo(EVENTS.get(0).getTimestamp().toString());
    }

    @Test
    void theSameEventTwiceLeavesTheSameDocument() {
        applyAll();
        Document once = database.getCollection("agreement_views").find(eq("_id", AGREEMENT_ID)).first();
        DomainEventMessage<?> last = EVENTS.get(EVENTS.size() - 1);
        projection.apply((AgreementEvent) last.getPayload(), last.getSequenceNumber(), Instant.now());
        DomainEventMessage<?> early = EVENTS.get(3);
        projection.apply((AgreementEvent) early.getPayload(), early.getSequenceNumber(), Instant.now());
        assertThat(database.getCollection("agreement_views").find(eq("_id", AGREEMENT_ID)).first()).isEqualTo(once);
        assertThat(database.getCollection("agreement_views").countDocuments()).isEqualTo(1);
    }

    @Test
    void lookupDocumentsFindAgreementsByTrustAndMunicipality() {
        applyAll();
        AgreementViewStore store = new AgreementViewStore(database, ViewCollections.DEFAULT);
        projection.apply(new AgreementRegistered("odda-2019", AgreementKind.SUB_AGREEMENT, "3", "Odda", HELSE_FONNA_HF,
                List.of("1228"), null, List.of(), List.of()), 0, Instant.now());
        assertThat(store.idsForTrust(HELSE_FONNA_HF)).containsExactlyInAnyOrder(AGREEMENT_ID, "odda-2019");
        assertThat(store.idsForMunicipalities(List.of("4618", "1228"))).containsExactlyInAnyOrder(AGREEMENT_ID, "odda-2019");
        assertThat(store.idsForMunicipalities(List.of("1106"))).containsExactly(AGREEMENT_ID);
        assertThat(store.findAll(List.of("odda-2019", "unknown", AGREEMENT_ID)))
                .extracting(AgreementView::agreementId).containsExactly("odda-2019", AGREEMENT_ID);
    }

    @Test
    void anEventBeforeRegistrationWritesNothing() {
        projection.apply((AgreementEvent) EVENTS.get(1).getPayload(), 1, Instant.now());
        assertThat(database.getCollection("agreement_views").countDocuments()).isZero();
    }

    @Test
    void resetClearsViewsAndLookupsAndOtherCollectionNamesAreSeparate() {
        ViewCollections rebuild = ViewCollections.DEFAULT.withSuffix("_rebuild");
        AgreementViewProjection intoRebuild = new AgreementViewProjection(database, rebuild);
        EVENTS.subList(0, 5).forEach(e ->
                intoRebuild.apply((AgreementEvent) e.getPayload(), e.getSequenceNumber(), e.getTimestamp()));
        applyAll();
        projection.reset();
        for (String name : List.of("agreement_views", "agreements_by_trust", "agreements_by_municipality")) {
            assertThat(database.getCollection(name).countDocuments()).as(name).isZero();
        }
        assertThat(new AgreementViewStore(database, rebuild).find(AGREEMENT_ID).orElseThrow().version()).isEqualTo(4);
    }
}
