package no.samarbeidsavtaler.api.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.samarbeidsavtaler.api.agreements.AgreementNotFound;
import no.samarbeidsavtaler.api.imports.AgreementBundle;
import no.samarbeidsavtaler.api.imports.BundleExporter;
import no.samarbeidsavtaler.api.readside.AgreementViews;
import no.samarbeidsavtaler.api.readside.Parameters;
import no.samarbeidsavtaler.api.readside.ReadAccess;
import no.samarbeidsavtaler.api.ui.Labels;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for auditors and administrators: the region matrix as CSV and XLSX, a version as PDF, an
 * agreement as a JSON bundle (the import format). File names come from validated ids only.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Eksport", description = "Matrise som CSV/XLSX og versjon som PDF (alle roller); avtale som JSON-pakke (AUDITOR, ADMIN)")
public class ExportController {

    private final ReadAccess access;
    private final Parameters parameters;
    private final AgreementViews views;
    private final ResponsibilityQueries responsibility;
    private final BundleExporter bundles;
    private final Labels labels;
    private final PartyNames names;

    public ExportController(ReadAccess access, Parameters parameters, AgreementViews views,
                            ResponsibilityQueries responsibility, BundleExporter bundles, Labels labels, PartyNames names) {
        this.access = access;
        this.parameters = parameters;
        this.views = views;
        this.responsibility = responsibility;
        this.bundles = bundles;
        this.labels = labels;
        this.names = names;
    }

    @GetMapping("/regions/{healthTrust}/matrix.csv")
    @Operation(summary = "Ansvarsmatrisen som CSV", description = "UTF-8 med BOM, semikolon som skilletegn og CRLF, "
            + "slik norsk Excel åpner den direkte.")
    public ResponseEntity<byte[]> matrixCsv(@Parameter(example = "983974694") @PathVariable String healthTrust,
                                            @Parameter(example = "2024-01-01") @RequestParam(required = false) String validOn) {
        access.reader();
        ResponsibilityMatrix matrix = matrix(healthTrust, validOn);
        return download(MatrixCsv.write(MatrixTable.of(matrix, labels, names)), MatrixCsv.MEDIA_TYPE,
                "ansvarsmatrise-" + matrix.healthTrust() + "-" + matrix.validOn() + ".csv");
    }

    @GetMapping("/regions/{healthTrust}/matrix.xlsx")
    @Operation(summary = "Ansvarsmatrisen som Excel-arbeidsbok")
    public ResponseEntity<byte[]> matrixXlsx(@Parameter(example = "983974694") @PathVariable String healthTrust,
                                             @Parameter(example = "2024-01-01") @RequestParam(required = false) String validOn) {
        access.reader();
        ResponsibilityMatrix matrix = matrix(healthTrust, validOn);
        return download(MatrixXlsx.write(MatrixTable.of(matrix, labels, names)), MatrixXlsx.MEDIA_TYPE,
                "ansvarsmatrise-" + matrix.healthTrust() + "-" + matrix.validOn() + ".xlsx");
    }

    @GetMapping("/agreements/{agreementId}/versions/{number:\\d+}.pdf")
    @Operation(summary = "En versjon av avtalen som PDF", description = "Punkter, ansvarsfordeling, vedtak og signaturer.")
    public ResponseEntity<byte[]> versionPdf(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId,
                                             @Parameter(example = "1") @PathVariable String number) {
        access.reader();
        AgreementView view = views.view(agreementId);
        VersionView version = views.version(view, number);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(
                        view.agreementId() + "-versjon-" + version.number() + ".pdf"))
                .contentType(MediaType.APPLICATION_PDF).body(VersionPdf.write(view, version, labels, names));
    }

    @GetMapping(path = "/agreements/{agreementId}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Avtalen som JSON-pakke", description = "Kommandoene som registrerer avtalen, i rekkefølge: "
            + "samme format som POST /api/imports tar imot.")
    public ResponseEntity<AgreementBundle> exportJson(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId) {
        access.auditor();
        String id = parameters.agreementId(agreementId);
        AgreementBundle bundle = bundles.export(id).orElseThrow(() -> new AgreementNotFound(id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(id + ".json"))
                .contentType(MediaType.APPLICATION_JSON).body(bundle);
    }

    private ResponsibilityMatrix matrix(String healthTrust, String validOn) {
        return responsibility.handle(new FindResponsibilityMatrix(parameters.healthTrust("healthTrust", healthTrust),
                parameters.date("validOn", validOn)));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String mediaType, String fileName) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(fileName))
                .contentType(MediaType.parseMediaType(mediaType)).body(body);
    }
}
