package no.samarbeidsavtaler.api.readside;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.regionreports.FindRegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityAnswer;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side for every role: an agreement's full view, one version, "who is responsible?", a
 * region's matrix and report. Answers come from the query services directly (synchronous, in process).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ansvar og lesing", description = "Hvem har ansvaret, avtalens innhold, regionens matrise og rapport")
public class ReadSideController {

    static final String TRUST_EXAMPLE = "983974694";

    private final ReadAccess access;
    private final Parameters parameters;
    private final AgreementViews views;
    private final ResponsibilityQueries responsibility;
    private final RegionReportQueries reports;

    public ReadSideController(ReadAccess access, Parameters parameters, AgreementViews views,
                              ResponsibilityQueries responsibility, RegionReportQueries reports) {
        this.access = access;
        this.parameters = parameters;
        this.views = views;
        this.responsibility = responsibility;
        this.reports = reports;
    }

    @GetMapping("/agreements/{agreementId}/view")
    @Operation(summary = "Hele avtalen", description = "Alt som er registrert om avtalen: versjoner, punkter, "
            + "ansvarsfordeling, vedtak og signaturer. ETag er avtalens versjon.")
    @ApiResponse(responseCode = "200", description = "Avtalen", headers = @Header(name = "ETag", description = "Avtalens versjon"))
    public ResponseEntity<AgreementView> view(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId) {
        access.reader();
        AgreementView view = views.view(agreementId);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version())).body(view);
    }

    @GetMapping("/agreements/{agreementId}/versions/{number:\\d+}")
    @Operation(summary = "Én versjon av avtalen", description = "Punktene, ansvarsfordelingen, vedtakene og signaturene i versjonen.")
    public ResponseEntity<VersionView> version(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId,
                                               @Parameter(example = "1") @PathVariable String number) {
        access.reader();
        AgreementView view = views.view(agreementId);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version())).body(views.version(view, number));
    }

    @GetMapping("/responsibility")
    @Operation(summary = "Hvem har ansvaret?", description = "Hvem som har ansvaret for et tilbud i hver kommune på en dato, "
            + "med henvisning til avtalepunktet og vedtakene. Åpne fasetter betyr «tilbudet generelt». Eksempel: "
            + "korte diagnosespesifikke kurs for nydiagnostiserte i Helse Fonna: category=DIAGNOSIS_SPECIFIC_GROUP&"
            + "diagnosisSpecific=true&phase=NEWLY_DIAGNOSED&healthTrust=983974694")
    @ApiResponse(responseCode = "200", description = "Svaret per kommune", content = @Content(examples = @ExampleObject(
            value = ReadSideExamples.ANSWER)))
    @ApiResponse(responseCode = "400", description = "Ugyldig parameter (navngitt i «field»)", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = ReadSideExamples.BAD_PARAMETER)))
    @Parameter(name = "municipality", in = ParameterIn.QUERY, description = "Kommunenummer; kan gjentas",
            example = "4618", array = @ArraySchema(schema = @Schema(type = "string")))
    public ResponsibilityAnswer responsibility(
            @Parameter(example = "DIAGNOSIS_SPECIFIC_GROUP") @RequestParam(required = false) String category,
            @Parameter(example = "true") @RequestParam(required = false) String diagnosisSpecific,
            @Parameter(description = "ICD10 (standard) eller ICPC2") @RequestParam(required = false) String conditionSystem,
            @Parameter(example = "E11") @RequestParam(required = false) String conditionCode,
            @Parameter(example = "PATIENTS") @RequestParam(required = false) String targetGroup,
            @Parameter(example = "NEWLY_DIAGNOSED") @RequestParam(required = false) String phase,
            @Parameter(example = "KiD") @RequestParam(required = false) String programme,
            @Parameter(example = TRUST_EXAMPLE) @RequestParam(required = false) String healthTrust,
            HttpServletRequest request,
            @Parameter(description = "Dato (ÅÅÅÅ-MM-DD); standard er i dag", example = "2024-01-01")
            @RequestParam(required = false) String validOn) {
        access.reader();
        // The values exactly as sent: binding a single value to a List splits it on commas and trims it,
        // which accepted "4618\n" as 4618 (hostile corpus).
        String[] municipality = request.getParameterValues("municipality");
        return responsibility.handle(new ResponsibilityQuestion(category, diagnosisSpecific, conditionSystem, conditionCode,
                targetGroup, phase, programme, healthTrust, municipality == null ? null : List.of(municipality), validOn)
                .toQuery(parameters));
    }

    @GetMapping("/regions/{healthTrust}/matrix")
    @Operation(summary = "Ansvarsmatrisen for et helseforetaks region", description = "Rader er kommuner, kolonner tilbud.")
    public ResponsibilityMatrix matrix(@Parameter(example = TRUST_EXAMPLE) @PathVariable String healthTrust,
                                       @Parameter(example = "2024-01-01") @RequestParam(required = false) String validOn) {
        access.reader();
        return responsibility.handle(new FindResponsibilityMatrix(parameters.healthTrust("healthTrust", healthTrust),
                parameters.date("validOn", validOn)));
    }

    @GetMapping("/regions/{healthTrust}/report")
    @Operation(summary = "Regionrapport", description = "Hull, konflikter, overlapp, overganger, dekning av "
            + "helse- og omsorgstjenesteloven § 6-2 og avtaler som bør revideres.")
    public RegionReport report(@Parameter(example = TRUST_EXAMPLE) @PathVariable String healthTrust,
                               @Parameter(example = "2024-01-01") @RequestParam(required = false) String validOn) {
        access.reader();
        return reports.handle(new FindRegionReport(parameters.healthTrust("healthTrust", healthTrust),
                parameters.date("validOn", validOn)));
    }
}
