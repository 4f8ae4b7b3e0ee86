package no.samarbeidsavtaler.api.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client may change an agreement the moment it is registered: the region check must not depend on
 * the read model having caught up (the benchmark saw 404s under load when it did).
 */
class ChangeRightAfterRegistrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aClauseCanBeAddedBeforeTheReadModelKnowsTheAgreement() {
        try (RunningRegistry registry = RunningRegistry.start(dataDirectory, "--agreements.demo-data.enabled=false")) {
            // With the summary projection stopped, the read model cannot know the new agreement.
            registry.bean(EventProcessingConfiguration.class)
                    .eventProcessor(AgreementSummaryProjection.PROCESSING_GROUP).orElseThrow().shutDown();

            HttpResponse<String> registered = registry.as("secretary").postJson("/api/agreements", """
                    {"kind": "OVERALL", "title": "Samarbeidsavtale Helse Fonna", "healthTrust": "983974694",
                     "municipalities": ["4618"], "statutoryPoints": [2]}""");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String location = registered.headers().firstValue("Location").orElseThrow();
            String etag = registered.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> clause = registry.as("secretary").postJson(location + "/versions/1/clauses",
                    "{\"clauseId\": \"c1\", \"number\": \"1\", \"title\": \"Fagnettverk\", \"text\": \"Partene samarbeider.\"}",
                    "If-Match", etag);

            assertThat(clause.statusCode()).as(clause.body()).isEqualTo(204);
        }
    }
}
