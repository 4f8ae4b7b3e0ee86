package no.samarbeidsavtaler.infra.integrity;

import static no.samarbeidsavtaler.infra.integrity.StoreFixture.kinds;
import static no.samarbeidsavtaler.infra.integrity.StoreFixture.rehash;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Careful forgeries: documents inserted, moved or re-linked directly in MongoDB with their own hashes recomputed.
 * The stream links, the keys and the anchor must still give them away.
 */
class ForgeryDetectionTest {

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
    void forgedEventWithAConsistentHashButABrokenLinkIsFound() {
        BsonDocument forged = store.stored("avtale-2", 2).clone();
        forged.put("_id", new org.bson.BsonInt64(12));
        forged.put("sequenceNumber", new org.bson.BsonInt64(3));
        forged.put("streamKey", new BsonString(no.samarbeidsavtaler.infra.eventstore.EventFields.streamKey("avtale-2", 3)));
        forged.put("eventId", new BsonString("forged"));
        forged.put("previousHash", store.stored("avtale-2", 1).get("hash")); // links to #1, not #2
        store.raw().insertOne(rehash(forged));

        VerificationReport agreement = store.verifier.verifyAgreement("avtale-2");
        assertThat(kinds(agreement)).isEqualTo("BROKEN_LINK@12, INSERTED@12");
        VerificationReport whole = store.verifyStore();
        assertThat(kinds(whole)).isEqualTo("BROKEN_LINK@12, INSERTED@12");
        assertThat(whole.findings()).filteredOn(f -> f.kind() == FindingKind.INSERTED).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("beyond the highest allocated position 11"));
    }

    @Test
    void forgedEventAtAProperlyAllocatedPositionIsABrokenLink() {
        long position = no.samarbeidsavtaler.infra.eventstore.TestEngines.allocateWithoutInsert(store.mongo.database(), 1);
        BsonDocument forged = store.stored("avtale-1", 4).clone();
        forged.put("_id", new org.bson.BsonInt64(position));
        forged.put("sequenceNumber", new org.bson.BsonInt64(5));
        forged.put("streamKey", new BsonString(no.samarbeidsavtaler.infra.eventstore.EventFields.streamKey("avtale-1", 5)));
        forged.put("eventId", new BsonString("forged"));
        store.raw().insertOne(rehash(forged)); // previousHash still names #3: the copied link

        assertThat(kinds(store.verifyStore())).isEqualTo("BROKEN_LINK@12");
    }

    @Test
    void eventsWithSwappedContentAreBothAltered() {
        BsonDocument second = store.at(2);
        BsonDocument third = store.at(3);
        BsonDocument secondAtThird = second.clone();
        secondAtThird.put("_id", third.get("_id"));
        BsonDocument thirdAtSecond = third.clone();
        thirdAtSecond.put("_id", second.get("_id"));
        store.delete(2);
        store.delete(3);
        store.raw().insertOne(secondAtThird);
        store.raw().insertOne(thirdAtSecond);

        assertThat(kinds(store.verifyStore())).startsWith("ALTERED@2, ALTERED@3, ANCHOR_MISMATCH@anchor1");
    }

    @Test
    void eventsMovedToEachOthersPositionsWithRecomputedHashesAreOutOfOrder() {
        BsonDocument first = store.at(7); // avtale-1 #3
        BsonDocument second = store.at(8); // avtale-1 #4
        first.put("_id", new org.bson.BsonInt64(8));
        second.put("_id", new org.bson.BsonInt64(7));
        store.delete(7);
        store.delete(8);
        store.raw().insertOne(rehash(first));
        store.raw().insertOne(rehash(second));

        VerificationReport whole = store.verifyStore();
        assertThat(kinds(whole)).contains("INSERTED@8", "ANCHOR_MISMATCH@anchor1");
        assertThat(kinds(store.verifier.verifyAgreement("avtale-1"))).contains("INSERTED@7");
    }

    /** A forger who re-links the whole stream fools the stream check; only the anchor remembers. */
    @Test
    void reorderedStreamWithEveryHashRecomputedIsCaughtByTheAnchorOnly() {
        BsonDocument first = store.stored("avtale-1", 1);
        BsonDocument second = store.stored("avtale-1", 2);
        BsonDocument payload = first.getDocument("payload");
        first.put("payload", second.getDocument("payload"));
        second.put("payload", payload);
        String previous = store.stored("avtale-1", 0).getString("hash").getValue();
        for (long sequence = 1; sequence <= 4; sequence++) {
            BsonDocument document = sequence == 1 ? first : sequence == 2 ? second : store.stored("avtale-1", sequence);
            document.put("previousHash", new BsonString(previous));
            store.replace(rehash(document));
            previous = document.getString("hash").getValue();
        }

        assertThat(store.verifier.verifyAgreement("avtale-1").intact()).isTrue();
        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor1");
    }

    @Test
    void eventRelabelledToAnotherAgreementDoesNotFitItsKey() {
        BsonDocument moved = store.stored("avtale-1", 4);
        moved.put("aggregateId", new BsonString("avtale-2"));
        store.replace(rehash(moved));

        assertThat(kinds(store.verifier.verifyAgreement("avtale-1"))).isEqualTo("INSERTED@8");
        assertThat(store.verifier.verifyAgreement("avtale-1").findings().get(0).detail())
                .contains("does not fit the document's fields");
    }
}
