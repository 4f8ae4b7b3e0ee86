package no.samarbeidsavtaler.projections.history;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryExportTest {

    private final ObjectMapper json = new ObjectMapper();
    private AuditedRegistry registry;

    @BeforeEach
    void record() {
        registry = AuditedRegistry.start().at(Instant.parse("2016-09-01T08:00:00Z"));
        registry.send(HelseFonna2016.commands().get(0), Map.of(AuditMetaData.REASON, "Ny delavtale",
                AuditMetaData.CASE_REFERENCE, "16/123"));
        registry.sendAll(HelseFonna2016.commands().subList(1, 3));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void oneJsonObjectPerEventWithPositionSequenceTypeRevisionTimestampMetadataAndPayload() throws Exception {
        HistoryExport export = new HistoryExport(registry.eventStore(), (id, sequences) -> sequences.stream()
                .collect(Collectors.toMap(s -> s, s -> 41 + s)));
        StringWriter out = new StringWriter();

        long written = export.write(AGREEMENT_ID, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(written).isEqualTo(4).isEqualTo(lines.size());
        assertThat(out.toString()).endsWith("\n");
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("position").asLong()).isEqualTo(41);
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("type").asText()).isEqualTo("no.samarbeidsavtaler.core.agreement.events.AgreementRegistered");
        assertThat(first.get("revision").asText()).isEqualTo("1");
        assertThat(first.get("timestamp").asText()).isEqualTo("2016-09-01T08:00:00Z");
        assertThat(first.get("metadata").get("actorId").asText()).isEqualTo("kari");
        assertThat(first.get("metadata").get("caseReference").asText()).isEqualTo("16/123");
        assertThat(first.get("payload").get("agreementId").asText()).isEqualTo(AGREEMENT_ID);
        assertThat(first.get("payload").get("municipalities")).hasSize(16);
        JsonNode clause = json.readTree(lines.get(2));
        assertThat(clause.get("type").asText()).endsWith(".ClauseAdded");
        assertThat(clause.get("payload").get("title").asText()).isEqualTo("Fagnettverk for læring og mestring");
        assertThat(clause.get("metadata").has("reason")).isFalse();
    }

    @Test
    void withoutKnownPositionsThePositionIsNullAndAnUnknownAgreementExportsNothing() throws Exception {
        HistoryExport export = new HistoryExport(registry.eventStore(), EventPositions.UNKNOWN);

        assertThat(json.readTree(export.lines(AGREEMENT_ID).findFirst().orElseThrow()).get("position").isNull()).isTrue();
        assertThat(export.lines("no-such-agreement")).isEmpty();
    }
}
