package no.samarbeidsavtaler.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The crash scenario of {@link CrashUnderLoadTest} and its bench variant: one node on the embedded
 * durable store takes load from client threads and is killed with SIGKILL at a random point; a new
 * node on the same data directory must hold every acknowledged command exactly once and catch its
 * read side up. Each round's restarted node takes the next round's load, so rounds accumulate.
 */
final class CrashUnderLoad {

    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CATCH_UP = Duration.ofSeconds(120);

    private CrashUnderLoad() {
    }

    /**
     * One line of the report per round: commands sent, acknowledged (2xx), unanswered (in flight at the
     * kill: outcome unknown), acknowledged but lost, documents and agreements in the store afterwards.
     */
    record Round(int round, int sent, int acknowledged, long unanswered, int lost, int storedEvents, int aggregates,
                 long catchUpMillis, String answers) {
    }

    static List<Round> run(Path work, int rounds, int commandsPerRound, int threads, long seed) throws Exception {
        Path data = work.resolve("data");
        Random random = new Random(seed);
        List<CommandLoad.Ack> acknowledged = new ArrayList<>();
        List<Round> report = new ArrayList<>();
        RegistryNode node = RegistryNode.embedded("node-0", work, data, CLAIM_TIMEOUT);
        try {
            for (int round = 1; round <= rounds; round++) {
                int killAt = commandsPerRound / 2 + random.nextInt(commandsPerRound / 2);
                CommandLoad load = CommandLoad.start(List.of(node.client()), threads, commandsPerRound, random.nextLong());
                try {
                    RegistryNode loaded = node;
                    Await.until(killAt + " commands sent", Duration.ofMinutes(5),
                            () -> load.attempted() >= killAt || load.finished(), loaded::diagnostics);
                    // No new requests from now on; those in flight (up to one per thread) meet the kill.
                    load.stop();
                    node.killHard();
                } finally {
                    load.stop();
                    load.join();
                    node.close();
                }
                acknowledged.addAll(load.acks());

                node = RegistryNode.embedded("node-" + round, work, data, CLAIM_TIMEOUT);
                EventAudit audit = EventAudit.read(node.storeUri());
                List<String> lost = audit.missingAcknowledged(acknowledged);
                assertThat(lost).as("acknowledged commands lost or changed after kill -9 in round %d", round).isEmpty();
                assertThat(audit.storageViolations()).as("stream integrity after round %d", round).isEmpty();
                assertThat(load.acknowledged()).as("round %d acknowledged something", round).isPositive();

                Duration catchUp = ReadModelCheck.awaitVersions(node.client(), node.storeUri(), audit.lastSequences(), CATCH_UP);
                ReadModelCheck.awaitViews(audit, node.storeUri(), CATCH_UP);
                report.add(new Round(round, load.attempted(), load.acknowledged(),
                        load.answers().getOrDefault(NodeClient.NO_ANSWER, 0L), lost.size(), audit.documents(),
                        audit.aggregates(), catchUp.toMillis(), load.answers().toString()));
            }
            return report;
        } finally {
            node.close();
        }
    }
}
