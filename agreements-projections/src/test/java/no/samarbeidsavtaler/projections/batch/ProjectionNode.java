package no.samarbeidsavtaler.projections.batch;

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

/**
 * The live projections as one registry node runs them, on an embedded server of their own or on a database
 * shared with other nodes, with the commands its driver sent.
 */
final class ProjectionNode implements AutoCloseable {

    /** Which of the two batched projections a node runs (views first, as registered in the application). */
    enum Projections { VIEWS_AND_SUMMARIES, SUMMARIES_ONLY }

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();

    /** Both projections on an embedded server of the node's own. */
    ProjectionNode(Function<MongoDatabase, AgreementViewStore> viewStore) {
        this(new MongoServer(new MemoryBackend()), viewStore, Projections.VIEWS_AND_SUMMARIES);
    }

    /** The given projections on an embedded server of the node's own. */
    ProjectionNode(Projections projections) {
        this(new MongoServer(new MemoryBackend()),
                database -> new AgreementViewStore(database, ViewCollections.DEFAULT), projections);
    }

    /** A node on {@code shared}'s database: its own driver, its own projection instances. */
    ProjectionNode(ProjectionNode shared, Projections projections) {
        this(shared.server, database -> new AgreementViewStore(database, ViewCollections.DEFAULT), projections);
    }

    private ProjectionNode(MongoServer server, Function<MongoDatabase, AgreementViewStore> viewStore,
                           Projections projections) {
        this.server = server;
        if (server.getLocalAddress() == null) {
            server.bind();
        }
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
        if (projections == Projections.VIEWS_AND_SUMMARIES) {
            handlers.add(new AnnotationEventHandlerAdapter(new AgreementViewProjection(viewStore.apply(database))));
        }
        handlers.add(new AnnotationEventHandlerAdapter(new AgreementSummaryProjection(database)));
    }

    /** The events of one agreement: registered with three clauses, then two of them amended. */
    static List<DomainEventMessage<?>> history(String agreementId) {
        List<Object> commands = new ArrayList<>(SmallAgreements.registration(agreementId, 3));
        commands.add(SmallAgreements.amendment(agreementId, 1, 2));
        commands.add(SmallAgreements.amendment(agreementId, 2, 2));
        return RecordedAgreement.events(commands, agreementId);
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
