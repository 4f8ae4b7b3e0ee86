package no.samarbeidsavtaler.infra.integrity;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static no.samarbeidsavtaler.infra.integrity.StoreFixture.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A store with events from before tamper evidence: reported until sealed, then protected and still counted. */
class LegacyStoreTest {

    private final StoreFixture store = new StoreFixture();

    @BeforeEach
    void legacyHistory() {
        insertLegacy(store.mongo.database(), event("avtale-1", 0), store.clock); // 1
        insertLegacy(store.mongo.database(), event("avtale-1", 1), store.clock); // 2
        insertLegacy(store.mongo.database(), event("avtale-2", 0), store.clock); // 3
        store.engine.appendEvents(event("avtale-1", 2));                        // 4, links to 2
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void unsealedLegacyDocumentsAreFindingsNotSilentlyPassed() {
        VerificationReport report = store.verifyStore();

        assertThat(kinds(report)).isEqualTo("UNSEALED_LEGACY@1, UNSEALED_LEGACY@2, UNSEALED_LEGACY@3");
        assertThat(report.legacyEvents()).isEqualTo(3);
    }

    @Test
    void sealedStoreVerifiesAndStillSaysWhatItCannotProve() {
        assertThat(new LegacySeal(store.store).seal(VerificationProgress.NONE)).isEqualTo(3);
        assertThat(new LegacySeal(store.store).seal(VerificationProgress.NONE)).as("idempotent").isZero();

        VerificationReport report = store.verifyStore();

        assertThat(report.intact()).as(kinds(report)).isTrue();
        assertThat(report.legacyEvents()).isEqualTo(3);
        assertThat(report.notes()).anyMatch(note -> note.contains("before tamper evidence"));
        assertThat(store.verifier.verifyAgreement("avtale-1").intact()).isTrue();
    }

    @Test
    void anchoringBeforeSealingStaysValidAfterSealing() {
        store.anchorer.anchorNow();
        new LegacySeal(store.store).seal(VerificationProgress.NONE);

        assertThat(store.verifyStore().intact()).isTrue();
    }

    @Test
    void editedSealedLegacyEventIsAltered() {
        new LegacySeal(store.store).seal(VerificationProgress.NONE);
        BsonDocument edited = store.at(3);
        edited.getDocument("payload").put("clauseText", new BsonString("endret etterpå"));
        store.replace(edited);

        assertThat(kinds(store.verifyStore())).isEqualTo("ALTERED@3");
    }

    @Test
    void legacyEventSneakedInAfterLinkedEventsBreaksTheLink() {
        new LegacySeal(store.store).seal(VerificationProgress.NONE);
        store.engine.appendEvents(event("avtale-1", 3)); // 5, after the linked event at 4
        BsonDocument unlinked = store.at(5);
        unlinked.remove("previousHash"); // posing as legacy, hash recomputed
        store.replace(StoreFixture.rehash(unlinked));

        assertThat(kinds(store.verifyStore())).isEqualTo("BROKEN_LINK@5");
    }
}
