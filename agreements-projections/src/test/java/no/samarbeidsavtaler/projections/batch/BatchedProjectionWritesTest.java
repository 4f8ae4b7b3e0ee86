package no.samarbeidsavtaler.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live projections inside a processing batch ({@link BatchedWrites}), as the pooled processor runs
 * them: same documents as event-by-event handling, one read and one write per collection and batch,
 * nothing written before the batch's last event, and a failed write fails the batch instead of vanishing.
 */
class BatchedProjectionWritesTest {

    private static final List<DomainEventMessage<?>> EVENTS = interleaved(
            ProjectionNode.history("batch-a"), ProjectionNode.history("batch-b"));

    private final List<ProjectionNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(ProjectionNode::close);
    }

    @Test
    void aBatchEndsWithTheSameDocumentsAsEventByEventHandling() {
        ProjectionNode batched = node();
        ProjectionNode single = node();

        assertThat(batched.handleAsOneBatch(EVENTS).isExceptional()).isFalse();
        EVENTS.forEach(single::handleWithoutBatch);

        for (String collection : List.of("agreement_views", "agreements_by_trust", "agreements_by_municipality",
                AgreementSummaryProjection.COLLECTION)) {
            assertThat(batched.documents(collection)).as(collection)
                    .isNotEmpty().isEqualTo(single.documents(collection));
        }
    }

    @Test
    void aBatchReadsAndWritesEachCollectionOnceWhateverItsNumberOfEvents() {
        ProjectionNode batched = node();
        ProjectionNode single = node();

        batched.handleAsOneBatch(EVENTS);
        EVENTS.forEach(single::handleWithoutBatch);

        assertThat(EVENTS).hasSizeGreaterThan(10);
        assertThat(batched.commands("find agreement_views")).hasSize(1);
        assertThat(batched.commands("update agreement_views")).hasSize(1);
        assertThat(batched.commands("find " + AgreementSummaryProjection.COLLECTION)).hasSize(1);
        assertThat(batched.commands("update " + AgreementSummaryProjection.COLLECTION)).hasSize(1);
        assertThat(single.commands("update agreement_views")).hasSize(EVENTS.size());
        assertThat(single.commands("update " + AgreementSummaryProjection.COLLECTION)).hasSize(EVENTS.size());
    }

    @Test
    void nothingIsWrittenBeforeTheBatchsLastEventIsHandled() {
        ProjectionNode batched = node();
        List<Integer> viewsSeenBeforeEachEvent = new ArrayList<>();

        batched.handleAsOneBatch(EVENTS, () -> viewsSeenBeforeEachEvent.add(batched.documents("agreement_views").size()));

        assertThat(viewsSeenBeforeEachEvent).hasSize(EVENTS.size()).containsOnly(0);
        assertThat(batched.documents("agreement_views")).hasSize(2);
    }

    @Test
    void aFailedWriteFailsTheBatchAndHandlingItAgainWritesEverything() {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        ProjectionNode reference = node();
        EVENTS.forEach(reference::handleWithoutBatch);
        ProjectionNode failing = node(database -> new AgreementViewStore(database, ViewCollections.DEFAULT) {
            @Override
            public void saveAll(List<Change> changes) {
                if (failOnce.getAndSet(false)) {
                    throw new IllegalStateException("store unavailable");
                }
                super.saveAll(changes);
            }
        });

        ResultMessage<?> first = failing.handleAsOneBatch(EVENTS);
        assertThat(first.isExceptional()).isTrue();
        assertThat(first.exceptionResult()).hasMessage("store unavailable");
        assertThat(failing.documents("agreement_views")).isEmpty();

        assertThat(failing.handleAsOneBatch(EVENTS).isExceptional()).isFalse();
        assertThat(failing.documents("agreement_views")).isEqualTo(reference.documents("agreement_views"));
        assertThat(failing.documents(AgreementSummaryProjection.COLLECTION))
                .isEqualTo(reference.documents(AgreementSummaryProjection.COLLECTION));
    }

    private ProjectionNode node() {
        return node(database -> new AgreementViewStore(database, ViewCollections.DEFAULT));
    }

    private ProjectionNode node(Function<MongoDatabase, AgreementViewStore> viewStore) {
        ProjectionNode node = new ProjectionNode(viewStore);
        nodes.add(node);
        return node;
    }

    private static List<DomainEventMessage<?>> interleaved(List<DomainEventMessage<?>> a, List<DomainEventMessage<?>> b) {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                all.add(a.get(i));
            }
            if (i < b.size()) {
                all.add(b.get(i));
            }
        }
        return all;
    }
}
