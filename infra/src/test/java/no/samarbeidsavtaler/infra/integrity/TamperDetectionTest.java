package no.samarbeidsavtaler.infra.integrity;

import static no.samarbeidsavtaler.infra.integrity.StoreFixture.kinds;
import static no.samarbeidsavtaler.infra.integrity.StoreFixture.rehash;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits, deletes and swaps stored documents directly in MongoDB; the verifier must name each one. */
class TamperDetectionTest {

    private StoreFixture store;

    @BeforeEach
    void start() {
        store = new StoreFixture().withHistory();
        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.ANCHORED);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void untouchedStoreVerifies() {
        VerificationReport report = store.verifyStore();

        assertThat(report.intact()).as(kinds(report)).isTrue();
        assertThat(report.documentsChecked()).isEqualTo(11);
        assertThat(report.lastAnchoredPosition()).isEqualTo(11);
        assertThat(report.anchorsChecked()).isEqualTo(1);
        assertThat(store.verifier.verifyAgreement("avtale-1").intact()).isTrue();
        assertThat(store.verifier.verifyAgreement("avtale-1").documentsChecked()).isEqualTo(5);
    }

    @Test
    void editedPayloadIsReportedAsAlteredNamingTheEvent() {
        BsonDocument edited = store.stored("avtale-1", 1);
        edited.getDocument("payload").put("clauseText", new BsonString("Kommunen har alt ansvar"));
        store.replace(edited);

        VerificationReport agreement = store.verifier.verifyAgreement("avtale-1");
        assertThat(kinds(agreement)).isEqualTo("ALTERED@2");
        Finding altered = agreement.findings().get(0);
        assertThat(altered.aggregateId()).isEqualTo("avtale-1");
        assertThat(altered.sequenceNumber()).isEqualTo(1);
        assertThat(altered.eventId()).isEqualTo(edited.getString("eventId").getValue());
        assertThat(kinds(store.verifyStore())).isEqualTo("ALTERED@2, ANCHOR_MISMATCH@anchor1");
    }

    @Test
    void changedHashBreaksTheLinkOfTheNextEvent() {
        BsonDocument edited = store.stored("avtale-1", 1);
        edited.put("hash", new BsonString("ab".repeat(32)));
        store.replace(edited);

        assertThat(kinds(store.verifier.verifyAgreement("avtale-1"))).isEqualTo("ALTERED@2, BROKEN_LINK@3");
    }

    @Test
    void deletedMiddleEventIsMissing() {
        store.delete(3); // avtale-1 #2

        VerificationReport agreement = store.verifier.verifyAgreement("avtale-1");
        assertThat(kinds(agreement)).isEqualTo("MISSING@avtale-1#2");
        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor1, MISSING@3, MISSING@avtale-1#2");
    }

    @Test
    void deletedLastEventOfAStreamIsCaughtByTheAnchor() {
        store.delete(11); // avtale-2 #2, the newest event of its stream

        VerificationReport agreement = store.verifier.verifyAgreement("avtale-2");
        assertThat(agreement.intact()).as("a stream alone cannot show it").isTrue();
        assertThat(agreement.notes()).anyMatch(note -> note.contains("newest event"));
        VerificationReport whole = store.verifyStore();
        assertThat(kinds(whole)).isEqualTo("ANCHOR_MISMATCH@anchor1, MISSING@11");
    }

    @Test
    void firstEventMustLinkToGenesis() {
        BsonDocument first = store.stored("avtale-2", 0);
        first.put("previousHash", new BsonString("ef".repeat(32)));
        store.replace(rehash(first));

        assertThat(kinds(store.verifier.verifyAgreement("avtale-2"))).isEqualTo("BROKEN_LINK@10, BROKEN_LINK@4");
    }

    @Test
    void deletedVoidIsCaughtByTheAnchor() {
        store.delete(5);

        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor1, MISSING@5");
    }

    @Test
    void editedVoidIsAltered() {
        BsonDocument fence = store.at(6);
        fence.put("voidReason", new BsonString("nothing to see"));
        store.replace(fence);

        assertThat(kinds(store.verifyStore())).isEqualTo("ALTERED@6, ANCHOR_MISMATCH@anchor1");
    }

    @Test
    void unanchoredDeletionIsMissingOnceNoAppendCanStillBeWritingIt() {
        store.engine.appendEvents(no.samarbeidsavtaler.infra.eventstore.TestEngines.event("avtale-4", 0)); // 12
        store.engine.appendEvents(no.samarbeidsavtaler.infra.eventstore.TestEngines.event("avtale-5", 0)); // 13
        store.delete(12);

        VerificationReport young = store.verifyStore();
        assertThat(young.intact()).as("may be an append in flight").isTrue();
        assertThat(young.pendingPositions()).isEqualTo(1);
        store.clock.advance(Duration.ofMinutes(3));
        assertThat(kinds(store.verifyStore())).isEqualTo("MISSING@12");
    }

    @Test
    void documentOutsideTheAllocatedPositionsIsInserted() {
        BsonDocument stray = store.at(9).clone();
        stray.put("_id", new org.bson.BsonInt64(1_000_000));
        stray.put("eventId", new BsonString("stray"));
        stray.put("streamKey", new BsonString("event/stray"));
        store.raw().insertOne(rehash(stray));

        assertThat(kinds(store.verifyStore())).isEqualTo("INSERTED@1000000");
    }
}
