package no.samarbeidsavtaler.api.readside;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import no.samarbeidsavtaler.api.agreements.AgreementNotFound;
import no.samarbeidsavtaler.infra.integrity.VerificationProgress;
import no.samarbeidsavtaler.infra.integrity.VerificationReport;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.asrecorded.FindAgreementAsRecorded;
import no.samarbeidsavtaler.projections.asrecorded.FindResponsibilityMatrixAsRecorded;
import no.samarbeidsavtaler.projections.diff.DiffVersions;
import no.samarbeidsavtaler.projections.diff.VersionDiff;
import no.samarbeidsavtaler.projections.history.AgreementHistory;
import no.samarbeidsavtaler.projections.history.FindAgreementHistory;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What auditors (and administrators) read: history in words and as JSON Lines, version diffs, the
 * registry as recorded at an instant, and the integrity of the event chain. Each read by an auditor is
 * logged by {@code AuditReadInterceptor}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Revisjon", description = "Historikk, sammenligning, slik det var registrert, integritet (AUDITOR, ADMIN)")
public class AuditController {

    public static final String NDJSON = "application/x-ndjson";

    private final ReadAccess access;
    private final Parameters parameters;
    private final AuditReads audit;

    public AuditController(ReadAccess access, Parameters parameters, AuditReads audit) {
        this.access = access;
        this.parameters = parameters;
        this.audit = audit;
    }

    @GetMapping(path = "/agreements/{agreementId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Avtalens historikk", description = "Hver registrerte hendelse som en setning på bokmål, "
            + "med hvem, når og hvorfor.")
    public AgreementHistory history(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId) {
        access.auditor();
        String id = parameters.agreementId(agreementId);
        return audit.history().handle(new FindAgreementHistory(id)).orElseThrow(() -> new AgreementNotFound(id));
    }

    @GetMapping(path = "/agreements/{agreementId}/history.jsonl", produces = NDJSON)
    @Operation(summary = "Hele hendelseshistorikken som JSON Lines", description = "Én hendelse per linje: position, "
            + "sequence, eventId, type, revision, timestamp, metadata, payload.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = NDJSON,
            examples = @ExampleObject(value = ReadSideExamples.HISTORY_LINE)))
    public ResponseEntity<StreamingResponseBody> historyLines(
            @Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId) {
        access.auditor();
        String id = parameters.agreementId(agreementId);
        // Checked before streaming starts, so an unknown id is a 404 problem, not an empty 200.
        audit.history().handle(new FindAgreementHistory(id)).orElseThrow(() -> new AgreementNotFound(id));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            audit.export().write(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON + ";charset=UTF-8")).body(body);
    }

    @GetMapping(path = "/agreements/{agreementId}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hva er endret mellom to versjoner")
    public VersionDiff diff(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId,
                            @Parameter(example = "1") @RequestParam String from,
                            @Parameter(example = "2") @RequestParam String to) {
        access.auditor();
        String id = parameters.agreementId(agreementId);
        int fromVersion = parameters.positive("from", from);
        int toVersion = parameters.positive("to", to);
        return audit.diffs().handle(new DiffVersions(id, fromVersion, toVersion)).orElseThrow(() ->
                new ResourceNotFound("version-not-found", "Fant ikke versjonen",
                        "Avtalen " + id + " finnes ikke, eller har ikke både versjon " + fromVersion + " og " + toVersion));
    }

    @GetMapping(path = "/agreements/{agreementId}/as-recorded", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Avtalen slik den var registrert på et tidspunkt", description = "at: registreringstidspunkt "
            + "(ISO-8601, f.eks. 2020-06-01T12:00:00Z, eller en dato = slutten av dagen UTC). validOn: gir i tillegg "
            + "versjonen som da var registrert som gjeldende på den datoen.")
    public AsRecordedAgreement asRecorded(@Parameter(example = "helse-fonna-lms-2016") @PathVariable String agreementId,
                                          @Parameter(example = "2020-06-01T12:00:00Z") @RequestParam(required = false) String at,
                                          @Parameter(example = "2018-01-01") @RequestParam(required = false) String validOn) {
        access.auditor();
        String id = parameters.agreementId(agreementId);
        Instant recordedAt = parameters.instant("at", at);
        LocalDate date = parameters.date("validOn", validOn);
        AgreementView view = audit.asRecorded().handle(new FindAgreementAsRecorded(id, recordedAt))
                .orElseThrow(() -> new AgreementNotFound(id));
        Integer inForce = date == null ? null : view.versionInForceOn(date).map(AgreementView.VersionView::number).orElse(null);
        return new AsRecordedAgreement(recordedAt, date, inForce, view);
    }

    @GetMapping(path = "/regions/{healthTrust}/matrix/as-recorded", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Regionens ansvarsmatrise slik den var registrert på et tidspunkt")
    public ResponsibilityMatrix matrixAsRecorded(@Parameter(example = "983974694") @PathVariable String healthTrust,
                                                 @Parameter(example = "2020-06-01T12:00:00Z") @RequestParam(required = false) String at,
                                                 @Parameter(example = "2018-01-01") @RequestParam(required = false) String validOn) {
        access.auditor();
        String trust = parameters.healthTrust("healthTrust", healthTrust);
        Instant recordedAt = parameters.instant("at", at);
        LocalDate date = parameters.date("validOn", validOn);
        return audit.asRecorded().handle(new FindResponsibilityMatrixAsRecorded(trust,
                date == null ? LocalDate.now(ResponsibilityQueries.NORWAY) : date, recordedAt));
    }

    @GetMapping(path = "/audit/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Kontroller hendelseskjeden", description = "Uten agreementId: hele lageret (leser alt). "
            + "Med agreementId: bare den avtalens hendelser.")
    public VerificationReport integrity(@Parameter(example = "helse-fonna-lms-2016")
                                        @RequestParam(required = false) String agreementId) {
        access.auditor();
        if (agreementId == null) {
            return audit.verifier().verifyStore(VerificationProgress.NONE);
        }
        return audit.verifier().verifyAgreement(parameters.agreementId(agreementId));
    }

    /** @param versionInForce the version recorded as in force on {@code validOn}, when asked and there was one */
    public record AsRecordedAgreement(Instant recordedAt, LocalDate validOn, Integer versionInForce, AgreementView agreement) {
    }
}
