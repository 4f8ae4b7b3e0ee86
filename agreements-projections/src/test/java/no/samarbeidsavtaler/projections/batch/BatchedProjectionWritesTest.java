package no.samarbeidsavtaler.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.RecordedAgreement;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.rebuild.SmallAgreements;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live projections inside a processing batch ({@link BatchedWrites}), as the pooled processor runs
 * them: same documents as event-by-event handling, one read and one write per collection and batch,
 * nothing written before the batch's last event, and a failed write fails the batch instead of vanishing.
 */
class BatchedProjectionWritesTest {

    private static final List<DomainEventMessage<?>> EVENTS = interleaved(
            history("batch-a"), history("batch-b"));

    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(Node::close);
    }

    @Test
    void aBatchEndsWithTheSameDocumentsAsEventByEventHandling() {
        Node batched = node();
        Node single = node();

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
        Node batched = node();
        Node single = node();

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
        Node batched = node();
        List<Integer> viewsSeenBeforeEachEvent = new ArrayList<>();

        batched.handleAsOneBatch(EVENTS, () -> viewsSeenBeforeEachEvent.add(batched.documents("agreement_views").size()));

        assertThat(viewsSeenBeforeEachEvent).hasSize(EVENTS.size()).containsOnly(0);
        assertThat(batched.documents("agreement_views")).hasSize(2);
    }

    @Test
    void aFailedWriteFailsTheBatchAndHandlingItAgainWritesEverything() {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        Node reference = node();
        EVENTS.forEach(reference::handleWithoutBatch);
        Node failing = node(database -> new AgreementViewStore(database, ViewCollections.DEFAULT) {
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

    private Node node() {
        return node(database -> new AgreementViewStore(database, ViewCollections.DEFAULT));
    }

    private Node node(Function<MongoDatabase, AgreementViewStore> viewStore) {
        Node node = new Node(viewStore);
        nodes.add(node);
        return node;
    }

    private static List<DomainEventMessage<?>> history(String agreementId) {
        List<Object> commands = new ArrayList<>(SmallAgreements.registration(agreementId, 3));
        commands.add(SmallAgreements.amendment(agreementId, 1, 2));
        commands.add(SmallAgreements.amendment(agreementId, 2, 2));
        return RecordedAgreement.events(commands, agreementId);
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

    /** One database with both projections, and the commands the driver sent to it. */
    private static final class Node implements AutoCloseable {
        final MongoServer server = new MongoServer(new MemoryBackend());
        final MongoClient client;
        final MongoDatabase database;
        final List<String> commands = new CopyOnWriteArrayList<>();
        final List<AnnotationEventHandlerAdapter> handlers;
        final AgreementViewProjection views;

        Node(Function<MongoDatabase, AgreementViewStore> viewStore) {
            server.bind();
            CommandListener recorder = new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    BsonDocument command = event.getCommand();
                    String name = event.getCommandName();
                    if (command.isString(name)) {
                        commands.add(name + " " + command.getString(name).getValue());
                    }
                }
            };
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://" + server.getLocalAddress().getHostString()
                            + ":" + server.getLocalAddress().getPort()))
                    .addCommandListener(recorder).build());
            database = client.getDatabase("batch-test");
            views = new AgreementViewProjection(viewStore.apply(database));
            handlers = List.of(new AnnotationEventHandlerAdapter(views),
                    new AnnotationEventHandlerAdapter(new AgreementSummaryProjection(database)));
        }

        ResultMessage<?> handleAsOneBatch(List<DomainEventMessage<?>> events) {
            return handleAsOneBatch(events, () -> { });
        }

        /** Like the pooled processor: one batching unit of work, every handler per message, then commit. */
        ResultMessage<?> handleAsOneBatch(List<DomainEventMessage<?>> events, Runnable beforeEachEvent) {
            commands.clear();
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
            return batch.executeWithResult(() -> {
                beforeEachEvent.run();
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    handler.handle(batch.getMessage());
                }
                return null;
            });
        }

        void handleWithoutBatch(DomainEventMessage<?> event) {
            try {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    handler.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<Document> documents(String collection) {
            return database.getCollection(collection).find().into(new ArrayList<>()).stream()
                    .sorted(Comparator.comparing(d -> String.valueOf(d.get("_id")))).toList();
        }

        List<String> commands(String prefix) {
            return commands.stream().filter(c -> c.equals(prefix)).toList();
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
