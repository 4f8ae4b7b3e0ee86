package no.samarbeidsavtaler.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.batch.ProjectionNode.Projections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node stalls in the middle of a processing batch (a GC pause, a frozen VM) for longer than its claim; the
 * other node takes the segment over and handles the same events and more. When the stalled node wakes up, its
 * batch must not put back the older state it folded: the writes are fenced on the versions the batch read
 * ({@link VersionFence}), the batch fails with {@link StaleProjectionWriteException}, and handling it again
 * changes nothing. Two projection nodes share one embedded server; a third, on its own, handles every event
 * once as the reference.
 */
class StalledNodeFencingTest {

    private static final List<String> COLLECTIONS = List.of(ViewCollections.DEFAULT.views(),
            ViewCollections.DEFAULT.byTrust(), ViewCollections.DEFAULT.byMunicipality(),
            AgreementSummaryProjection.COLLECTION);

    private final List<ProjectionNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(ProjectionNode::close);
    }

    @Test
    void aStalledNodeCannotPutBackAnOlderViewOrSummaryAndItsBatchHandledAgainChangesNothing() {
        List<DomainEventMessage<?>> events = ProjectionNode.history("fence-a");
        ProjectionNode stalled = node();
        ProjectionNode current = new ProjectionNode(stalled, Projections.VIEWS_AND_SUMMARIES);
        events.subList(0, 2).forEach(current::handleWithoutBatch);
        List<DomainEventMessage<?>> batch = events.subList(2, events.size() - 1);

        ResultMessage<?> result = stalled.handleAsOneBatch(batch,
                beforeLastEvent(batch, () -> events.subList(2, events.size()).forEach(current::handleWithoutBatch)));

        assertSameDocuments(stalled, reference(events), COLLECTIONS);
        assertFenced(result, "fence-a");
        assertThat(stalled.handleAsOneBatch(batch).isExceptional()).isFalse();
        assertSameDocuments(stalled, reference(events), COLLECTIONS);
    }

    @Test
    void aStalledNodeCannotPutBackAnOlderSummary() {
        List<DomainEventMessage<?>> events = ProjectionNode.history("fence-s");
        ProjectionNode stalled = node(Projections.SUMMARIES_ONLY);
        ProjectionNode current = new ProjectionNode(stalled, Projections.SUMMARIES_ONLY);
        events.subList(0, 2).forEach(current::handleWithoutBatch);
        List<DomainEventMessage<?>> batch = events.subList(2, events.size() - 1);

        ResultMessage<?> result = stalled.handleAsOneBatch(batch,
                beforeLastEvent(batch, () -> events.subList(2, events.size()).forEach(current::handleWithoutBatch)));

        assertSameDocuments(stalled, reference(events), List.of(AgreementSummaryProjection.COLLECTION));
        assertFenced(result, "fence-s");
    }

    @Test
    void anAgreementTheOtherNodeInsertedMeanwhileIsNotOverwritten() {
        List<DomainEventMessage<?>> events = ProjectionNode.history("fence-new");
        ProjectionNode stalled = node();
        ProjectionNode current = new ProjectionNode(stalled, Projections.VIEWS_AND_SUMMARIES);
        List<DomainEventMessage<?>> batch = events.subList(0, events.size() - 1);

        ResultMessage<?> result = stalled.handleAsOneBatch(batch,
                beforeLastEvent(batch, () -> events.forEach(current::handleWithoutBatch)));

        assertSameDocuments(stalled, reference(events), COLLECTIONS);
        assertFenced(result, "fence-new");
    }

    @Test
    void theAgreementsNobodyElseWroteLandAndOnlyTheOthersAreNamed() {
        List<DomainEventMessage<?>> movedOn = ProjectionNode.history("fence-moved");
        List<DomainEventMessage<?>> untouched = ProjectionNode.history("fence-untouched");
        ProjectionNode stalled = node();
        ProjectionNode current = new ProjectionNode(stalled, Projections.VIEWS_AND_SUMMARIES);
        List<DomainEventMessage<?>> batch = new ArrayList<>(movedOn.subList(0, movedOn.size() - 1));
        batch.addAll(untouched);

        ResultMessage<?> result = stalled.handleAsOneBatch(batch,
                beforeLastEvent(batch, () -> movedOn.forEach(current::handleWithoutBatch)));

        List<DomainEventMessage<?>> all = new ArrayList<>(movedOn);
        all.addAll(untouched);
        assertSameDocuments(stalled, reference(all), List.of(ViewCollections.DEFAULT.views(),
                ViewCollections.DEFAULT.byTrust(), ViewCollections.DEFAULT.byMunicipality()));
        assertFenced(result, "fence-moved");
    }

    /**
     * Runs {@code otherNode} once, right before the batch's last event: after the batch has read what it folds
     * on, before it writes. On another thread, because a unit of work is per thread and the other node's
     * handling must not join the stalled node's batch.
     */
    private static Runnable beforeLastEvent(List<DomainEventMessage<?>> batch, Runnable otherNode) {
        AtomicInteger seen = new AtomicInteger();
        return () -> {
            if (seen.incrementAndGet() == batch.size()) {
                CompletableFuture.runAsync(otherNode).join();
            }
        };
    }

    private static void assertFenced(ResultMessage<?> result, String agreementId) {
        assertThat(result.isExceptional()).as("the stalled batch fails").isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(StaleProjectionWriteException.class);
        assertThat(((StaleProjectionWriteException) result.exceptionResult()).ids()).containsExactly(agreementId);
    }

    private static void assertSameDocuments(ProjectionNode node, ProjectionNode reference, List<String> collections) {
        for (String collection : collections) {
            assertThat(node.documents(collection)).as(collection).isNotEmpty()
                    .isEqualTo(reference.documents(collection));
        }
    }

    private ProjectionNode reference(List<DomainEventMessage<?>> events) {
        ProjectionNode reference = node();
        events.forEach(reference::handleWithoutBatch);
        return reference;
    }

    private ProjectionNode node() {
        return node(Projections.VIEWS_AND_SUMMARIES);
    }

    private ProjectionNode node(Projections projections) {
        ProjectionNode node = new ProjectionNode(projections);
        nodes.add(node);
        return node;
    }
}
