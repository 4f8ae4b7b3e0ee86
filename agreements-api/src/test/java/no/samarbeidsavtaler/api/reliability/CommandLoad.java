package no.samarbeidsavtaler.api.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Client threads sending commands until a budget is spent or {@link #stop()}: registrations, and
 * clauses added to agreements the same thread registered (with the ETag it got last as If-Match).
 * Only a 2xx answer counts as acknowledged; a request without an answer has an unknown outcome.
 * Thread {@code i} registers on node {@code i % nodes} and adds clauses through any node.
 */
final class CommandLoad {

    static final String USER = "secretary";
    static final String AGREEMENT = """
            {"kind": "SUB_AGREEMENT", "designation": "%s", "title": "Pålitelighetstest %s",
             "healthTrust": "983974694", "municipalities": ["4618"], "statutoryPoints": [2]}""";
    static final String CLAUSE = """
            {"clauseId": "%s", "number": "%d", "title": "Punkt %d", "text": "Tekst for %s"}""";

    private final List<NodeClient> nodes;
    private final int budget;
    private final Random seeds;
    private final AtomicInteger tickets = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** A command the registry acknowledged: the agreement, the version it answered, the clause (null: registration). */
    record Ack(String agreementId, long version, String clauseId) {
    }

    private CommandLoad(List<NodeClient> nodes, int budget, long seed) {
        this.nodes = nodes;
        this.budget = budget;
        this.seeds = new Random(seed);
    }

    static CommandLoad start(List<NodeClient> nodes, int threadCount, int budget, long seed) {
        CommandLoad load = new CommandLoad(nodes, budget, seed);
        for (int i = 0; i < threadCount; i++) {
            int index = i;
            long threadSeed = load.seeds.nextLong();
            Thread thread = new Thread(() -> load.work(index, new Random(threadSeed)), "load-" + i);
            thread.setDaemon(true);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    /** Commands handed out so far (sent or about to be). */
    int attempted() {
        return Math.min(tickets.get(), budget);
    }

    int acknowledged() {
        return acks.size();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** HTTP status → how many answers had it ({@link NodeClient#NO_ANSWER} for none). */
    Map<Integer, Long> answers() {
        Map<Integer, Long> copy = new TreeMap<>();
        answers.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    void stop() {
        stopped.set(true);
    }

    /** Waits for the threads (their requests are bounded by the client's timeouts). */
    void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(120_000);
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not finish");
            }
        }
    }

    boolean finished() {
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private void work(int index, Random random) {
        List<Owned> owned = new ArrayList<>();
        NodeClient home = nodes.get(index % nodes.size());
        while (!stopped.get() && tickets.getAndIncrement() < budget) {
            if (owned.isEmpty() || random.nextInt(10) < 4) {
                register(home, index, owned);
            } else {
                addClause(nodes.get(random.nextInt(nodes.size())), owned.get(random.nextInt(owned.size())));
            }
        }
    }

    private void register(NodeClient node, int index, List<Owned> owned) {
        String designation = index + "-" + owned.size();
        NodeClient.Reply reply = node.post(USER, "/api/agreements", AGREEMENT.formatted(designation, designation), null);
        count(reply);
        if (reply.successful()) {
            Owned agreement = new Owned(reply.agreementId(), reply.etag());
            owned.add(agreement);
            acks.add(new Ack(agreement.id, reply.version().orElseThrow(), null));
        }
    }

    private void addClause(NodeClient node, Owned agreement) {
        int number = agreement.clauses + 1;
        String clauseId = "c" + number;
        NodeClient.Reply reply = node.post(USER, "/api/agreements/" + agreement.id + "/versions/1/clauses",
                CLAUSE.formatted(clauseId, number, number, clauseId), agreement.etag);
        count(reply);
        if (reply.successful()) {
            agreement.clauses = number;
            agreement.etag = reply.etag();
            acks.add(new Ack(agreement.id, reply.version().orElseThrow(), clauseId));
        } else if (reply.status() == NodeClient.NO_ANSWER) {
            // Unknown outcome: the clause may exist now. Never reuse its id, so a retry can't collide with it.
            agreement.clauses = number;
        }
    }

    private void count(NodeClient.Reply reply) {
        answers.computeIfAbsent(reply.status(), s -> new LongAdder()).increment();
    }

    /** An agreement one thread registered; only that thread touches it. */
    private static final class Owned {
        final String id;
        String etag;
        int clauses;

        Owned(String id, String etag) {
            this.id = id;
            this.etag = etag;
        }
    }
}
