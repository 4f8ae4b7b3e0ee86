package no.samarbeidsavtaler.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.bench.AgreementScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two registry nodes on one MongoDB (the standalone embedded server in a third process). The methods run
 * in order on the same three processes, because starting them is most of the cost: concurrent load on
 * both nodes, then conflicting changes, then a responsibility change asked about on both nodes, then a SIGKILL
 * of the node holding the segments.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoNodesOneDatabaseTest {

    /**
     * Short, so the takeover is quick. Idle live nodes keep their claims at 3 s; under load some segments
     * may move between live nodes, which the projections absorb (see docs/reliability.md).
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    /** Axon's token claim interval: how often a coordinator looks for unclaimed segments. */
    static final Duration CLAIM_INTERVAL = Duration.ofSeconds(5);
    static final Duration CONVERGENCE = Duration.ofSeconds(90);

    @TempDir
    static Path work;

    static StoreProcess store;
    static RegistryNode nodeA;
    static RegistryNode nodeB;
    static final List<CommandLoad.Ack> acknowledged = new ArrayList<>();

    @BeforeAll
    static void startProcesses() {
        store = StoreProcess.start(work, work.resolve("db"));
        nodeA = RegistryNode.onStore("node-a", work, store.uri(), CLAIM_TIMEOUT);
        nodeB = RegistryNode.onStore("node-b", work, store.uri(), CLAIM_TIMEOUT);
    }

    @AfterAll
    static void stopProcesses() {
        for (AutoCloseable process : new AutoCloseable[] {nodeB, nodeA, store}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception e) {
                // closing the others matters more
            }
        }
    }

    @Test
    @Order(1)
    void concurrentCommandsThroughBothNodesAreStoredOnceAndTheReadSideConverges() throws Exception {
        CommandLoad load = CommandLoad.start(List.of(nodeA.client(), nodeB.client()), 6, 150, System.nanoTime());
        load.join();
        acknowledged.addAll(load.acks());

        EventAudit audit = EventAudit.read(store.uri());
        assertThat(audit.missingAcknowledged(acknowledged)).isEmpty();
        assertThat(audit.storageViolations()).isEmpty();
        // 404 only if a clause came before the read side had its agreement (AgreementChanges waits 2 s for it).
        assertThat(load.answers().keySet()).as("nothing failed or went unanswered: " + load.answers())
                .isSubsetOf(201, 204, 404).contains(201, 204);
        Duration summaries = ReadModelCheck.awaitVersions(nodeA.client(), store.uri(), audit.lastSequences(), CONVERGENCE);
        Duration views = ReadModelCheck.awaitViews(audit, store.uri(), CONVERGENCE);
        ReadModelCheck.awaitVersions(nodeB.client(), store.uri(), audit.lastSequences(), CONVERGENCE);
        System.out.printf("two nodes: %d commands, %d acknowledged %s, %d events; summaries caught up %d ms after the load,"
                + " views %d ms later; both nodes serve them%n",
                load.attempted(), load.acknowledged(), load.answers(), audit.documents(), summaries.toMillis(), views.toMillis());
    }

    @Test
    @Order(2)
    void aChangeSentToBothNodesWithTheSameIfMatchHasExactlyOneWinner() throws Exception {
        int agreements = 20;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < agreements; i++) {
            NodeClient.Reply created = nodeA.client().post(CommandLoad.USER, "/api/agreements",
                    CommandLoad.AGREEMENT.formatted("konflikt-" + i, "konflikt-" + i), null);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.agreementId());
            acknowledged.add(new CommandLoad.Ack(created.agreementId(), 1, null));
        }
        Map<String, Long> registered = new HashMap<>();
        ids.forEach(id -> registered.put(id, 1L));
        ReadModelCheck.awaitVersions(nodeB.client(), store.uri(), registered, CONVERGENCE);

        Map<String, String> winners = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String id : ids) {
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<NodeClient.Reply> viaA = CompletableFuture.supplyAsync(() -> racing(start, nodeA, id, "a"), pool);
                CompletableFuture<NodeClient.Reply> viaB = CompletableFuture.supplyAsync(() -> racing(start, nodeB, id, "b"), pool);
                NodeClient.Reply a = viaA.get(60, TimeUnit.SECONDS);
                NodeClient.Reply b = viaB.get(60, TimeUnit.SECONDS);
                assertThat(List.of(a.status(), b.status())).as(id + ": " + a.body() + " / " + b.body())
                        .containsExactlyInAnyOrder(204, 412);
                NodeClient.Reply winner = a.status() == 204 ? a : b;
                assertThat(winner.etag()).isEqualTo("\"2\"");
                String clause = winner == a ? "a" : "b";
                winners.put(id, clause);
                acknowledged.add(new CommandLoad.Ack(id, 2, clause));
            }
        } finally {
            pool.shutdownNow();
        }

        EventAudit audit = EventAudit.read(store.uri());
        assertThat(audit.missingAcknowledged(acknowledged)).isEmpty();
        assertThat(audit.storageViolations()).isEmpty();
        ids.forEach(id -> assertThat(audit.lastSequences()).containsEntry(id, 2L));
        ReadModelCheck.awaitVersions(nodeA.client(), store.uri(), audit.lastSequences(), CONVERGENCE);
        ReadModelCheck.awaitViews(audit, store.uri(), CONVERGENCE);
        System.out.println("conflicts: winners by node " + winners.values().stream()
                .collect(Collectors.groupingBy(w -> w, Collectors.counting())));
    }

    /**
     * Each node keeps the trusts' parsed views and trusts a stamp read for
     * {@code agreements.read.view-stamps-trusted-for} (100 ms): node B has answered "gap" and cached it, then the
     * agreement is recorded through node A (and projected by whichever node holds the segment). Node B must answer
     * with the new responsibility without a restart: its cache has to notice the other node's writes.
     */
    @Test
    @Order(3)
    void aResponsibilityRecordedThroughOneNodeIsAnsweredByBoth() {
        String question = "/api/responsibility?category=DIAGNOSIS_SPECIFIC_GROUP&phase=NEWLY_DIAGNOSED"
                + "&healthTrust=983974694&municipality=4618&validOn=2017-01-01";
        for (RegistryNode node : List.of(nodeA, nodeB)) {
            NodeClient.Reply before = node.client().get("manager", question);
            assertThat(before.status()).as(before.body()).isEqualTo(200);
            assertThat(before.body()).contains("\"state\":\"GAP\"");
        }

        AgreementScript script = AgreementScript.of("983974694", List.of("4618"), false, 0, false);
        NodeClient.Reply reply = nodeA.client().post(CommandLoad.USER, "/api/agreements", script.registration(), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String id = reply.agreementId();
        acknowledged.add(new CommandLoad.Ack(id, reply.version().orElseThrow(), null));
        for (AgreementScript.Step step : script.changes()) {
            reply = nodeA.client().post(CommandLoad.USER, "/api/agreements/" + id + step.path(), step.body(), reply.etag());
            assertThat(reply.status()).as(step + ": " + reply.body()).isIn(200, 201, 204);
            acknowledged.add(new CommandLoad.Ack(id, reply.version().orElseThrow(), null));
        }

        long recorded = System.nanoTime();
        for (RegistryNode node : List.of(nodeB, nodeA)) {
            Await.until(node.client().baseUrl() + " answers RESPONSIBLE", CONVERGENCE,
                    () -> node.client().get("manager", question).body().contains("\"state\":\"RESPONSIBLE\""),
                    () -> node.client().get("manager", question).body());
            System.out.printf("%s answered the change at most %d ms after the last command%n", node.client().baseUrl(),
                    Duration.ofNanos(System.nanoTime() - recorded).toMillis());
        }
    }

    @Test
    @Order(4)
    void whenTheNodeHoldingTheSegmentsIsKilledTheOtherTakesThemOverAndKeepsProcessing() {
        try (TokenClaims claims = new TokenClaims(store.uri())) {
            Map<String, String> before = claims.owners();
            assertThat(before).isNotEmpty().doesNotContainValue(null);
            long onA = before.values().stream().filter(o -> TokenClaims.ownedBy(o, nodeA.pid())).count();
            long onB = before.values().stream().filter(o -> TokenClaims.ownedBy(o, nodeB.pid())).count();
            assertThat(onA + onB).as("every segment held by one of the two nodes: " + before).isEqualTo(before.size());
            RegistryNode victim = onA >= onB ? nodeA : nodeB;
            RegistryNode survivor = victim == nodeA ? nodeB : nodeA;

            victim.killHard();
            long killedAt = System.nanoTime();

            // New work for the survivor at once: registrations need no read side, so they are acknowledged
            // while the dead node's claims still block its segments.
            Map<String, Long> fresh = new HashMap<>();
            for (int i = 0; i < 20; i++) {
                NodeClient.Reply created = survivor.client().post(CommandLoad.USER, "/api/agreements",
                        CommandLoad.AGREEMENT.formatted("etter-" + i, "etter-" + i), null);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                fresh.put(created.agreementId(), 1L);
                acknowledged.add(new CommandLoad.Ack(created.agreementId(), 1, null));
            }
            Duration limit = CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(15);
            Await.until("all segments claimed by the survivor", limit, () -> claims.owners().values().stream()
                    .allMatch(owner -> TokenClaims.ownedBy(owner, survivor.pid())), () -> claims.owners().toString());
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            ReadModelCheck.awaitVersions(survivor.client(), store.uri(), fresh, CONVERGENCE);
            Duration freshVisible = Duration.ofNanos(System.nanoTime() - killedAt);

            fresh.keySet().forEach(id -> {
                NodeClient.Reply clause = survivor.client().post(CommandLoad.USER, "/api/agreements/" + id + "/versions/1/clauses",
                        CommandLoad.CLAUSE.formatted("c1", 1, 1, "c1"), "\"1\"");
                assertThat(clause.status()).as(clause.body()).isEqualTo(204);
                acknowledged.add(new CommandLoad.Ack(id, 2, "c1"));
            });

            EventAudit audit = EventAudit.read(store.uri());
            assertThat(audit.missingAcknowledged(acknowledged)).isEmpty();
            assertThat(audit.storageViolations()).isEmpty();
            ReadModelCheck.awaitVersions(survivor.client(), store.uri(), audit.lastSequences(), CONVERGENCE);
            ReadModelCheck.awaitViews(audit, store.uri(), CONVERGENCE);
            System.out.printf("takeover: %d segments on the killed node, all on the survivor after %d ms, "
                    + "its new agreements readable after %d ms; %d events, %d agreements%n",
                    Math.max(onA, onB), takeover.toMillis(), freshVisible.toMillis(), audit.documents(), audit.aggregates());
            assertThat(takeover).isLessThan(limit);
        }
    }

    private static NodeClient.Reply racing(CyclicBarrier start, RegistryNode node, String id, String clause) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.client().post(CommandLoad.USER, "/api/agreements/" + id + "/versions/1/clauses",
                CommandLoad.CLAUSE.formatted(clause, 1, 1, clause), "\"1\"");
    }
}
