package no.samarbeidsavtaler.infra.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.infra.eventstore.TestEngines;
import org.junit.jupiter.api.Test;

class VerificationReportTest {

    @Test
    void reportIsPlainJsonForTheAuditorEndpoint() throws Exception {
        try (StoreFixture store = new StoreFixture().withHistory()) {
            store.anchorer.anchorNow();
            store.delete(11);

            JsonNode json = TestEngines.objectMapper().valueToTree(store.verifyStore());

            assertThat(json.get("scope").asText()).isEqualTo("store");
            assertThat(json.get("intact").asBoolean()).isFalse();
            assertThat(json.get("findingCount").asLong()).isEqualTo(2);
            assertThat(json.get("countsByKind").get("MISSING").asLong()).isEqualTo(1);
            assertThat(json.get("findings").get(0).get("kind").asText()).isEqualTo("MISSING");
            assertThat(json.get("findings").get(0).get("position").asLong()).isEqualTo(11);
            assertThat(json.get("startedAt").asText()).startsWith("2026-01-05T08:00");
        }
    }

    @Test
    void wholeStoreRunReportsProgressUpToTheLastPosition() {
        try (StoreFixture store = new StoreFixture()) {
            for (int i = 0; i < 1_100; i++) {
                store.engine.appendEvents(TestEngines.event("avtale-" + i, 0));
            }
            List<Long> progress = new ArrayList<>();

            store.verifier.verifyStore((done, last) -> {
                assertThat(last).isEqualTo(1_100);
                progress.add(done);
            });

            assertThat(progress).containsExactly(500L, 1_000L, 1_100L);
        }
    }
}
