package no.samarbeidsavtaler.projections.agreementsummary;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary read model against a real (embedded) MongoDB through the real driver. */
class AgreementSummaryProjectionTest {

    private static final Instant REGISTERED_AT = Instant.parse("2016-09-01T10:00:00Z");
    private static final AgreementRegistered HELSE_FONNA = new AgreementRegistered("helse-fonna", AgreementKind.OVERALL,
            null, "Samarbeidsavtale Helse Fonna", "983974694", List.of("1106", "4618"), null, List.of(2), List.of());

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private AgreementSummaryProjection projection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        database = client.getDatabase("registry");
        projection = new AgreementSummaryProjection(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void registrationIsReadBackWithItsVersion() {
        projection.on(HELSE_FONNA, 0, REGISTERED_AT);

        AgreementSummary summary = projection.handle(new FindAgreementSummary("helse-fonna")).orElseThrow();
        assertThat(summary.title()).isEqualTo("Samarbeidsavtale Helse Fonna");
        assertThat(summary.municipalities()).containsExactly("1106", "4618");
        assertThat(summary.version()).isZero();
        assertThat(summary.registeredAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void theSameEventTwiceLeavesTheSameDocument() {
        projection.on(HELSE_FONNA, 0, REGISTERED_AT);
        projection.on(clauseAdded(), 1, REGISTERED_AT.plusSeconds(60));
        Document once = storedDocument();

        projection.on(clauseAdded(), 1, REGISTERED_AT.plusSeconds(60));
        projection.on(HELSE_FONNA, 0, REGISTERED_AT);

        assertThat(storedDocument()).isEqualTo(once);
        assertThat(once.getLong("version")).isEqualTo(1L);
    }

    @Test
    void anOlderEventAfterANewerOneChangesNothing() {
        projection.on(HELSE_FONNA, 0, REGISTERED_AT);
        projection.on(clauseAdded(), 5, REGISTERED_AT.plusSeconds(300));

        projection.on(clauseAdded(), 3, REGISTERED_AT.plusSeconds(100));

        Document stored = storedDocument();
        assertThat(stored.getLong("version")).isEqualTo(5L);
        assertThat(stored.getDate("lastChangedAt").toInstant()).isEqualTo(REGISTERED_AT.plusSeconds(300));
    }

    @Test
    void unknownAgreementIsNotFound() {
        assertThat(projection.handle(new FindAgreementSummary("no-such-agreement"))).isEmpty();
    }

    private static ClauseAdded clauseAdded() {
        return new ClauseAdded("helse-fonna", 1, "clause-3", "3", "Korte kurs", "Foretaket driver korte kurs.");
    }

    private Document storedDocument() {
        return database.getCollection(AgreementSummaryProjection.COLLECTION).find(new Document("_id", "helse-fonna")).first();
    }
}
