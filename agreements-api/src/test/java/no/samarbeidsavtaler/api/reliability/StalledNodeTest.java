package no.samarbeidsavtaler.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node frozen in the middle of a batch for longer than its claim (SIGSTOP: a long GC pause, a paused VM) wakes up
 * after the other node took its segments over and projected the same events and more. Its batch must not put back
 * the older view it had folded: the write is fenced on the version the batch read, the batch fails, and the view
 * stays the one the other node wrote. Without the fence the frozen node's write lands and this test reads an older
 * version than the stream holds (the hole docs/reliability.md "Findings" described).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StalledNodeTest {

    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    @Test
    void aNodeFrozenMidBatchPastItsClaimCannotPutBackAnOlderView() throws Exception {
        Path gate = Files.createDirectories(work.resolve("gate"));
        try (StoreProcess store = StoreProcess.start(work, work.resolve("db"));
             RegistryNode frozen = RegistryNode.onStore("node-a", work, store.uri(), CLAIM_TIMEOUT,
                     StallGate.args(gate));
             TokenClaims claims = new TokenClaims(store.uri());
             MongoClient mongo = MongoClients.create(store.uri())) {
            MongoDatabase database = mongo.getDatabase(EventAudit.DATABASE);
            AgreementViewStore views = new AgreementViewStore(database, ViewCollections.DEFAULT);
            // The gated node starts first and claims every segment; the other finds none free until it freezes.
            Await.until("node-a to hold every agreement-view segment", WAIT,
                    () -> viewSegmentsHeldBy(claims.owners(), frozen.pid()), () -> claims.owners().toString());
            try (RegistryNode other = RegistryNode.onStore("node-b", work, store.uri(), CLAIM_TIMEOUT)) {
                Agreement held = heldMidBatch(other, frozen, database, gate);

                frozen.freeze();
                held.addClauses(other, 2);
                Await.until("node-b to take the segments over and project version " + held.version, WAIT,
                        () -> views.find(held.id).map(AgreementView::version).orElse(-1L) == held.version,
                        () -> views.find(held.id) + "\n" + claims.owners() + "\n" + other.diagnostics());

                Files.createFile(gate.resolve("release"));
                frozen.thaw();
                Await.until("node-a's held batch to end", WAIT, () -> Files.exists(gate.resolve("ended-" + held.id)),
                        frozen::diagnostics);

                AgreementView view = views.find(held.id).orElseThrow();
                assertThat(view.version()).as("the view after node-a woke up").isEqualTo(held.version);
                assertThat(view.versions().get(0).clauses()).extracting(AgreementView.ClauseView::clauseId)
                        .containsExactlyElementsOf(held.clauses);
                Await.until("node-a to report its batch refused", WAIT,
                        () -> frozen.logContains(line -> line.contains(StaleProjectionWriteException.class.getName())),
                        frozen::diagnostics);

                // Both nodes keep working: a command through the node that was frozen is projected.
                held.addClauses(frozen, 1);
                ReadModelCheck.awaitViews(EventAudit.read(store.uri()), store.uri(), WAIT);
            }
        }
    }

    /**
     * Registers agreements through {@code other} until node-a holds one in the middle of a batch ({@link StallGate}).
     * A registration that ended its batch is held there while two clauses are added, until node-a's summaries show
     * them (its event stream has them, so its agreement-view processor has them queued), then let go: the next batch
     * holds all three events. If the worker still takes them one by one, the next agreement is tried.
     */
    private static Agreement heldMidBatch(RegistryNode other, RegistryNode frozen, MongoDatabase database, Path gate) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Agreement agreement = Agreement.register(other, "stans-" + attempt);
            String id = agreement.id;
            Await.until("node-a to reach the registration of " + id, WAIT,
                    () -> Files.exists(gate.resolve("blocked-" + id)) || Files.exists(gate.resolve("holding-" + id)),
                    frozen::diagnostics);
            if (Files.exists(gate.resolve("holding-" + id))) {
                agreement.addClauses(other, 2);
                Await.until("node-a's summaries to show version " + agreement.version, WAIT,
                        () -> summaryVersion(database, id) == agreement.version, frozen::diagnostics);
                touch(gate.resolve("go-" + id));
                Await.until("node-a's next batch of " + id, WAIT,
                        () -> Files.exists(gate.resolve("blocked-" + id)) || Files.exists(gate.resolve("split-" + id)),
                        frozen::diagnostics);
            }
            if (Files.exists(gate.resolve("blocked-" + id))) {
                return agreement;
            }
        }
        throw new AssertionError("node-a never had an agreement mid-batch in five tries\n" + frozen.diagnostics());
    }

    private static long summaryVersion(MongoDatabase database, String id) {
        Document summary = database.getCollection("agreement_summaries").find(new Document("_id", id)).first();
        return summary == null ? -1 : ((Number) summary.get("version")).longValue();
    }

    private static boolean viewSegmentsHeldBy(Map<String, String> owners, long pid) {
        List<String> view = owners.entrySet().stream()
                .filter(e -> e.getKey().startsWith(AgreementViewProjection.PROCESSING_GROUP + "/"))
                .map(Map.Entry::getValue).toList();
        return !view.isEmpty() && view.stream().allMatch(owner -> TokenClaims.ownedBy(owner, pid));
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An agreement registered through the API, with the clauses added to its first version and its last version. */
    private static final class Agreement {
        final String id;
        final List<String> clauses = new ArrayList<>();
        String etag;
        long version;

        private Agreement(NodeClient.Reply registered) {
            this.id = registered.agreementId();
            this.etag = registered.etag();
            this.version = registered.version().orElseThrow();
        }

        static Agreement register(RegistryNode node, String designation) {
            NodeClient.Reply reply = node.client().post(CommandLoad.USER, "/api/agreements",
                    CommandLoad.AGREEMENT.formatted(designation, designation), null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            return new Agreement(reply);
        }

        void addClauses(RegistryNode node, int count) {
            for (int i = 0; i < count; i++) {
                int number = clauses.size() + 1;
                String clauseId = "c" + number;
                NodeClient.Reply reply = node.client().post(CommandLoad.USER,
                        "/api/agreements/" + id + "/versions/1/clauses",
                        CommandLoad.CLAUSE.formatted(clauseId, number, number, clauseId), etag);
                assertThat(reply.status()).as(reply.body()).isIn(201, 204);
                clauses.add(clauseId);
                etag = reply.etag();
                version = reply.version().orElseThrow();
            }
        }
    }
}
