package no.samarbeidsavtaler.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link CrashUnderLoadTest} at full size: five rounds of 1,000 commands from eight threads. {@code -Pbench}. */
@Tag("bench")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class CrashUnderLoadBenchTest {

    @TempDir
    Path work;

    @Test
    void thousandsOfCommandsAcrossFiveKillsLoseNothingAcknowledged() throws Exception {
        long seed = System.nanoTime();
        List<CrashUnderLoad.Round> rounds = CrashUnderLoad.run(work, 5, 1_000, 8, seed);

        System.out.println("CrashUnderLoadBenchTest seed " + seed + ": " + rounds);
        assertThat(rounds).hasSize(5).allSatisfy(round -> assertThat(round.lost()).isZero());
    }
}
