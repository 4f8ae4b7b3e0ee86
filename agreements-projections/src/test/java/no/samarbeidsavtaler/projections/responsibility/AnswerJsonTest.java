package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.LifecycleScenario;
import no.samarbeidsavtaler.projections.agreementview.RecordedAgreement;
import no.samarbeidsavtaler.projections.agreementview.ViewJson;
import no.samarbeidsavtaler.projections.regionreports.RegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReporter;
import org.junit.jupiter.api.Test;

/** Answers are plain JSON for an API or UI: dates as ISO strings, helpers not serialised, and they read back equal. */
class AnswerJsonTest {

    private static final ObjectMapper JSON = ViewJson.mapper();
    private final ResponsibilityResolver resolver = new ResponsibilityResolver(CsvPartyCatalogue.fromClasspath());

    @Test
    void answersMatricesAndReportsRoundTripThroughJson() throws Exception {
        AgreementView lived = RecordedAgreement.folded(LifecycleScenario.untilVersion2InForce(), AGREEMENT_ID);
        LocalDate day = LocalDate.of(2018, 6, 1);
        ResponsibilityAnswer answer = resolver.resolve(new FindResponsibility(HelseFonnaResponsibilityTest.NEWLY_DIAGNOSED_DIABETES_COURSE,
                HELSE_FONNA_HF, List.of(), day), List.of(lived));
        String json = JSON.writeValueAsString(answer);
        JsonNode tree = JSON.readTree(json);
        assertThat(tree.get("validOn").asText()).isEqualTo("2018-06-01");
        JsonNode haugesund = tree.get("municipalities").get(0);
        assertThat(haugesund.get("state").asText()).isEqualTo("IN_TRANSITION");
        assertThat(haugesund.has("responsible")).as("helper methods are not properties").isFalse();
        assertThat(JSON.readValue(json, ResponsibilityAnswer.class)).isEqualTo(answer);

        ResponsibilityMatrix matrix = resolver.matrix(HELSE_FONNA_HF, day, List.of(lived));
        assertThat(JSON.readValue(JSON.writeValueAsString(matrix), ResponsibilityMatrix.class)).isEqualTo(matrix);

        RegionReport report = new RegionReporter(CsvPartyCatalogue.fromClasspath()).report(HELSE_FONNA_HF, day, null,
                List.of(lived));
        String reportJson = JSON.writeValueAsString(report);
        assertThat(JSON.readTree(reportJson).get("reviewInterval").asText()).isEqualTo("P4Y");
        assertThat(JSON.readValue(reportJson, RegionReport.class)).isEqualTo(report);
    }
}
