package no.samarbeidsavtaler.infra.integrity;

import static no.samarbeidsavtaler.infra.eventstore.TestEngines.event;
import static no.samarbeidsavtaler.infra.eventstore.TestEngines.insertLegacy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command-line verifier, run in-process against a mongo-java-server through its own driver client. */
class VerifyEventStoreTest {

    private final StoreFixture store = new StoreFixture().withHistory();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        store.close();
    }

    private int verify(String... args) {
        return VerifyEventStore.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void intactStoreExitsZero() {
        store.anchorer.anchorNow();

        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry")).isZero();
        assertThat(output()).contains("RESULT: INTACT").contains("anchored up to position 11");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("verified 11 of 11 positions (100 %)");
    }

    @Test
    void findingsExitOneAndNameTheEvent() {
        store.anchorer.anchorNow();
        store.delete(3);

        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry", "--agreement", "avtale-1")).isEqualTo(1);
        assertThat(output()).contains("RESULT: 1 FINDING(S) (MISSING 1)")
                .contains("MISSING (agreement avtale-1 event #2): event #2 is missing before event #3 (position 7)");
    }

    @Test
    void trustedAnchorThatDoesNotMatchExitsOne() {
        store.anchorer.anchorNow();

        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry", "--trusted-anchor", "1:" + "0".repeat(64)))
                .isEqualTo(1);
        assertThat(output()).contains("ANCHOR_MISMATCH anchor 1: does not match the trusted hash");
    }

    @Test
    void sealLegacySealsAnchorsAndThenVerifies() {
        insertLegacy(store.mongo.database(), event("gammel", 0), store.clock);
        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry")).isEqualTo(1);

        out.reset();
        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry", "--seal-legacy")).isZero();
        assertThat(output()).contains("Sealed 1 legacy document(s).").contains("Anchoring: ANCHORED (anchor 1 up to position 12");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(verify("--database", "registry")).isEqualTo(2);
        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry", "--trusted-anchor", "1:xyz")).isEqualTo(2);
        assertThat(verify("--uri", store.mongo.uri(), "--database", "registry", "--bogus")).isEqualTo(2);
        assertThat(verify("--uri", "http://not-mongo", "--database", "registry")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: VerifyEventStore");
    }

    @Test
    void aDatabaseWithoutAnEventStoreIsAUsageErrorNotIntact() {
        assertThat(verify("--uri", store.mongo.uri(), "--database", "registyr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds no event store");
    }

    @Test
    void unreachableStoreExitsThree() {
        assertThat(verify("--uri", "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300",
                "--database", "registry")).isEqualTo(3);
    }
}
