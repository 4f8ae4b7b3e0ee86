package no.samarbeidsavtaler.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL under load loses no acknowledged command and duplicates nothing: three rounds of ~150
 * commands from four client threads against a node on the embedded durable store, each killed at a
 * random point and restarted on the same data directory (see {@link CrashUnderLoad}).
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashUnderLoadTest {

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedCommandSurvivesKillNineExactlyOnceAndTheReadSideCatchesUp() throws Exception {
        long seed = System.nanoTime();
        List<CrashUnderLoad.Round> rounds = CrashUnderLoad.run(work, 3, 150, 4, seed);

        System.out.println("CrashUnderLoadTest seed " + seed + ": " + rounds);
        assertThat(rounds).hasSize(3).allSatisfy(round -> assertThat(round.lost()).isZero());
    }
}
