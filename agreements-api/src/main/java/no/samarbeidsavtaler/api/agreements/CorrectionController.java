package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.AdoptionCorrection;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.EffectiveDateCorrection;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.SignatureCorrection;
import no.samarbeidsavtaler.api.openapi.LifecycleExamples;
import no.samarbeidsavtaler.core.agreement.commands.CorrectAdoption;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.core.agreement.commands.CorrectSignature;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of wrongly recorded facts. Nothing is overwritten: each correction is a new event
 * with a mandatory reason, so the history shows both what was recorded and why it was corrected.
 */
@RestController
@RequestMapping(path = "/api/agreements/{agreementId}/versions/{version}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rettinger", description = "Rette feilregistrerte vedtak, signaturer og ikrafttredelsesdatoer")
public class CorrectionController {

    private final AgreementChanges changes;

    public CorrectionController(AgreementChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/adoption")
    @Operation(summary = "Rett en parts vedtak", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.ADOPTION_CORRECTION))))
    @ApiResponse(responseCode = "204", description = "Rettet; ny ETag")
    public ResponseEntity<Void> adoption(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody AdoptionCorrection body) {
        return changes.apply(agreementId, ifMatch, body, new CorrectAdoption(agreementId, version, body.party(),
                body.caseNumber(), body.decidedOn(), body.reason()));
    }

    @PostMapping("/signature")
    @Operation(summary = "Rett en parts signatur", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.SIGNATURE_CORRECTION))))
    @ApiResponse(responseCode = "204", description = "Rettet; ny ETag")
    public ResponseEntity<Void> signature(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody SignatureCorrection body) {
        return changes.apply(agreementId, ifMatch, body, new CorrectSignature(agreementId, version, body.party(),
                body.signatory(), body.signedOn(), body.reason()));
    }

    @PostMapping("/effective-date")
    @Operation(summary = "Rett datoen en versjon trådte i kraft", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.EFFECTIVE_DATE_CORRECTION))))
    @ApiResponse(responseCode = "204", description = "Rettet; ny ETag")
    public ResponseEntity<Void> effectiveDate(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody EffectiveDateCorrection body) {
        return changes.apply(agreementId, ifMatch, body,
                new CorrectEffectiveDate(agreementId, version, body.effectiveFrom(), body.reason()));
    }
}
