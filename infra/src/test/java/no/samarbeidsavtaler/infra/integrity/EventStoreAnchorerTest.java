package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStoreAnchorerTest {

    private final StoreFixture store = new StoreFixture();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void anchorCommitsToEveryPositionAndTheNextContinuesTheChain() {
        store.withHistory();
        AnchorResult first = store.anchorer.anchorNow();

        String root = DocumentHash.GENESIS;
        for (long position = 1; position <= 11; position++) {
            root = PositionChain.next(root, DocumentHash.of(store.at(position)));
        }
        Anchor anchor = first.anchor();
        assertThat(first.outcome()).isEqualTo(AnchorResult.Outcome.ANCHORED);
        assertThat(anchor.number()).isEqualTo(1);
        assertThat(anchor.fromPosition()).isEqualTo(1);
        assertThat(anchor.upToPosition()).isEqualTo(11);
        assertThat(anchor.rootHash()).isEqualTo(root);
        assertThat(anchor.previousAnchorHash()).isEqualTo(DocumentHash.GENESIS);
        BsonDocument stored = store.mongo.database().getCollection("anchors", BsonDocument.class).find().first();
        assertThat(anchor.hash()).isEqualTo(stored.getString("hash").getValue()).isEqualTo(DocumentHash.of(stored));

        store.engine.appendEvents(event("avtale-9", 0));
        Anchor second = store.anchorer.anchorNow().anchor();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.fromPosition()).isEqualTo(12);
        assertThat(second.previousAnchorHash()).isEqualTo(anchor.hash());
        assertThat(second.rootHash()).isEqualTo(PositionChain.next(root, DocumentHash.of(store.at(12))));
        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.NOTHING_TO_DO);
    }

    @Test
    void stopsAtAPositionStillBeingWrittenAndContinuesOnceItIsFilled() {
        store.engine.appendEvents(event("a", 0));
        long gap = allocateWithoutInsert(store.mongo.database(), 1);
        store.engine.appendEvents(event("b", 0));

        AnchorResult partial = store.anchorer.anchorNow();
        assertThat(partial.outcome()).isEqualTo(AnchorResult.Outcome.ANCHORED);
        assertThat(partial.anchor().upToPosition()).isEqualTo(gap - 1);
        assertThat(partial.stoppedAt()).isEqualTo(gap);
        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.BLOCKED);

        fence(store.mongo.database(), gap, store.clock);
        assertThat(store.anchorer.anchorNow().anchor().upToPosition()).isEqualTo(gap + 1);
        assertThat(store.verifyStore().intact()).isTrue();
    }

    @Test
    void neverAnchorsADocumentWhoseHashDoesNotMatchItsContent() {
        store.engine.appendEvents(events("a", 0, 3));
        BsonDocument edited = store.at(2);
        edited.getDocument("payload").put("clauseText", new BsonString("endret"));
        store.replace(edited);

        AnchorResult result = store.anchorer.anchorNow();

        assertThat(result.anchor().upToPosition()).isEqualTo(1);
        assertThat(result.stoppedAt()).isEqualTo(2);
        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.BLOCKED);
    }

    @Test
    void anchorsWhenEnoughPositionsAccumulateOrTheLastAnchorIsOld() {
        EventStoreAnchorer anchorer = new EventStoreAnchorer(store.store, store.clock, 5, Duration.ofSeconds(10));
        assertThat(anchorer.anchorIfDue().outcome()).as("empty store").isEqualTo(AnchorResult.Outcome.NOTHING_TO_DO);
        store.engine.appendEvents(event("a", 0));
        assertThat(anchorer.anchorIfDue().outcome()).as("no anchor yet").isEqualTo(AnchorResult.Outcome.ANCHORED);

        store.engine.appendEvents(events("b", 0, 3));
        assertThat(anchorer.anchorIfDue().outcome()).isEqualTo(AnchorResult.Outcome.NOTHING_TO_DO);
        store.clock.advance(Duration.ofSeconds(10));
        assertThat(anchorer.anchorIfDue().outcome()).as("old").isEqualTo(AnchorResult.Outcome.ANCHORED);

        store.engine.appendEvents(events("c", 0, 5));
        assertThat(anchorer.anchorIfDue().outcome()).as("five new").isEqualTo(AnchorResult.Outcome.ANCHORED);
    }

    @Test
    void aLaggingPointerIsOvertakenByProbing() {
        for (int i = 0; i < 3; i++) {
            store.engine.appendEvents(event("a" + i, 0));
            store.anchorer.anchorNow();
        }
        store.mongo.database().getCollection("counters").deleteOne(eq("_id", "anchors")); // crash before the pointer

        store.engine.appendEvents(event("a3", 0));
        assertThat(store.anchorer.anchorNow().anchor().number()).isEqualTo(4);
        assertThat(store.verifyStore().intact()).isTrue();
    }

    @Test
    void aMissingNewestAnchorBlocksAnchoringInsteadOfHidingTheDeletion() {
        store.engine.appendEvents(event("a", 0));
        store.anchorer.anchorNow();
        store.engine.appendEvents(event("b", 0));
        store.anchorer.anchorNow();
        store.mongo.database().getCollection("anchors").deleteOne(eq("_id", 2L));
        store.engine.appendEvents(event("c", 0));

        assertThat(store.anchorer.anchorNow().outcome()).isEqualTo(AnchorResult.Outcome.BLOCKED);
        assertThat(StoreFixture.kinds(store.verifyStore())).isEqualTo("ANCHOR_MISMATCH@anchor2");
    }

    @Test
    void concurrentAnchorersKeepOneChain() throws Exception {
        EventStoreAnchorer other = new EventStoreAnchorer(store.store, store.clock, 1, Duration.ZERO);
        List<AnchorResult> results = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            store.engine.appendEvents(event("avtale-" + round, 0));
            CompletableFuture<AnchorResult> racer = CompletableFuture.supplyAsync(other::anchorNow);
            results.add(store.anchorer.anchorNow());
            results.add(racer.get(30, TimeUnit.SECONDS));
        }

        assertThat(results).extracting(AnchorResult::outcome).contains(AnchorResult.Outcome.ANCHORED)
                .doesNotContain(AnchorResult.Outcome.BLOCKED);
        VerificationReport report = store.verifyStore();
        assertThat(report.intact()).as(StoreFixture.kinds(report)).isTrue();
        assertThat(report.lastAnchoredPosition()).isEqualTo(15);
    }
}
