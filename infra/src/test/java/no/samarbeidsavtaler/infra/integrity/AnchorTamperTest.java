package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.event;
import static no.samarbeidsavtaler.infra.integrity.StoreFixture.kinds;
import static no.samarbeidsavtaler.infra.integrity.StoreFixture.rehash;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tampering with the anchors themselves, and the rewrite only a hash kept elsewhere can reveal. */
class AnchorTamperTest {

    private StoreFixture store;
    private MongoCollection<BsonDocument> anchors;

    @BeforeEach
    void start() {
        store = new StoreFixture().withHistory();
        store.anchorer.anchorNow();
        store.engine.appendEvents(event("avtale-9", 0));
        store.anchorer.anchorNow();
        anchors = store.mongo.database().getCollection("anchors", BsonDocument.class);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void editedRootHashIsAMismatchOfThatAnchor() {
        BsonDocument first = anchors.find(eq("_id", 1L)).first();
        first.put("rootHash", new BsonString("cd".repeat(32)));
        anchors.replaceOne(eq("_id", 1L), first);

        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor1, ANCHOR_MISMATCH@anchor1");
    }

    @Test
    void anchorRewrittenWithItsOwnHashRecomputedBreaksTheAnchorChain() {
        BsonDocument first = anchors.find(eq("_id", 1L)).first();
        first.put("upToPosition", new org.bson.BsonInt64(10));
        anchors.replaceOne(eq("_id", 1L), rehash(first));

        VerificationReport report = store.verifyStore();

        assertThat(report.findings()).extracting(Finding::anchorNumber).containsOnly(1L, 2L);
        assertThat(report.findings()).anyMatch(f -> f.detail().contains("previousAnchorHash"));
    }

    @Test
    void anchorerRefusesToContinueFromAnAlteredAnchor() {
        BsonDocument newest = anchors.find(eq("_id", 2L)).first();
        newest.put("rootHash", new BsonString("cd".repeat(32)));
        anchors.replaceOne(eq("_id", 2L), newest);
        store.engine.appendEvents(event("avtale-10", 0));

        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.BLOCKED);
    }

    @Test
    void anchorOutsideTheChainIsReported() {
        BsonDocument stray = anchors.find(eq("_id", 2L)).first();
        stray.put("_id", new org.bson.BsonInt64(99));
        anchors.insertOne(stray);

        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor99");
    }

    @Test
    void deletedNewestAnchorIsFoundThroughThePointer() {
        anchors.deleteOne(eq("_id", 2L));

        assertThat(kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor2");
    }

    /**
     * Someone with write access edits an event, re-links its stream and rebuilds every anchor: the store is
     * consistent again. Only an anchor hash recorded outside the database shows the rewrite.
     */
    @Test
    void fullRewriteIsCaughtOnlyByATrustedAnchorHash() {
        String published = anchors.find(eq("_id", 2L)).first().getString("hash").getValue();
        BsonDocument edited = store.stored("avtale-2", 2);
        edited.getDocument("payload").put("clauseText", new BsonString("omskrevet"));
        store.replace(rehash(edited)); // the newest event of its stream: no successor to re-link
        anchors.deleteMany(new BsonDocument());
        store.mongo.database().getCollection("counters").deleteOne(eq("_id", "anchors"));
        store.anchorer.anchorNow();

        assertThat(store.verifyStore().intact()).isTrue();
        VerificationReport checked = store.verifier.verifyStore(VerificationProgress.NONE, Map.of(1L, published));
        assertThat(kinds(checked)).isEqualTo("ANCHOR_MISMATCH@anchor1");
        assertThat(checked.findings().get(0).detail()).contains("trusted hash");
        assertThat(store.verifier.verifyStore(VerificationProgress.NONE, Map.of(2L, published)).findings())
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("not in the store"));
    }
}
