package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.Adoption;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.AuditFields;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.Discard;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.EntryIntoForce;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.Negotiation;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.ReviewDate;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.Signature;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.Termination;
import no.samarbeidsavtaler.api.openapi.LifecycleExamples;
import no.samarbeidsavtaler.core.agreement.commands.AgreeReviewDate;
import no.samarbeidsavtaler.core.agreement.commands.DiscardVersion;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.agreement.commands.TerminateAgreement;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A version's way from draft to force (and out of it), the agreed review date, and the termination of the agreement. */
@RestController
@RequestMapping("/api/agreements/{agreementId}")
@Tag(name = "Versjoner", description = "Utkast, forhandling, vedtak, signatur, ikrafttredelse, revisjonsdato og oppsigelse")
public class VersionLifecycleController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final AgreementChanges changes;

    public VersionLifecycleController(AgreementChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/versions")
    @Operation(summary = "Åpne neste versjon som utkast", description = "Kopierer versjonen i kraft. Innholdet er valgfritt.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.OPEN_DRAFT))))
    @ApiResponse(responseCode = "204", description = "Utkast åpnet; ny ETag")
    public ResponseEntity<Void> openDraft(@PathVariable String agreementId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) AuditFields body) {
        return changes.apply(agreementId, ifMatch, body, new OpenDraftVersion(agreementId));
    }

    @PostMapping(path = "/versions/{version}/negotiation", consumes = JSON)
    @Operation(summary = "Marker utkastet som ferdig forhandlet", description = "Teksten låses og går til partene for vedtak.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.NEGOTIATION))))
    @ApiResponse(responseCode = "204", description = "Forhandlet; ny ETag")
    public ResponseEntity<Void> negotiated(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Negotiation body) {
        return changes.apply(agreementId, ifMatch, body, new MarkVersionNegotiated(agreementId, version, body.negotiatedOn()));
    }

    @PostMapping(path = "/versions/{version}/adoptions", consumes = JSON)
    @Operation(summary = "Registrer en parts vedtak, eventuelt med avvik",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.ADOPTION))))
    @ApiResponse(responseCode = "204", description = "Vedtak registrert; ny ETag")
    public ResponseEntity<Void> adoption(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Adoption body) {
        return changes.apply(agreementId, ifMatch, body, new RecordAdoption(agreementId, version, body.party(), body.forum(),
                body.caseNumber(), body.decidedOn(), body.deviations()));
    }

    @PostMapping(path = "/versions/{version}/signatures", consumes = JSON)
    @Operation(summary = "Registrer en parts signatur",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.SIGNATURE))))
    @ApiResponse(responseCode = "204", description = "Signatur registrert; ny ETag")
    public ResponseEntity<Void> signature(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Signature body) {
        return changes.apply(agreementId, ifMatch, body,
                new RecordSignature(agreementId, version, body.party(), body.signatory(), body.signedOn()));
    }

    @PostMapping(path = "/versions/{version}/entry-into-force", consumes = JSON)
    @Operation(summary = "Sett versjonen i kraft fra en dato", description = "Krever at alle parter har vedtatt og signert. "
            + "Versjonen som gjaldt, erstattes fra samme dato.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.ENTRY_INTO_FORCE))))
    @ApiResponse(responseCode = "204", description = "I kraft; ny ETag")
    public ResponseEntity<Void> entryIntoForce(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody EntryIntoForce body) {
        return changes.apply(agreementId, ifMatch, body, new PutVersionIntoForce(agreementId, version, body.effectiveFrom()));
    }

    @PostMapping(path = "/versions/{version}/discard", consumes = JSON)
    @Operation(summary = "Forkast et utkast eller en forhandlet versjon",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.DISCARD))))
    @ApiResponse(responseCode = "204", description = "Forkastet; ny ETag")
    public ResponseEntity<Void> discard(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Discard body) {
        return changes.apply(agreementId, ifMatch, body, new DiscardVersion(agreementId, version, body.reason()));
    }

    @PostMapping(path = "/review-date", consumes = JSON)
    @Operation(summary = "Registrer avtalt revisjonsdato", description = "Datoen partene har avtalt at avtalen skal revideres "
            + "innen. Kan avtales på nytt; siste avtalte dato gjelder. Regionrapporten viser avtaler der datoen er passert.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.REVIEW_DATE))))
    @ApiResponse(responseCode = "204", description = "Revisjonsdato registrert; ny ETag")
    public ResponseEntity<Void> reviewDate(@PathVariable String agreementId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ReviewDate body) {
        return changes.apply(agreementId, ifMatch, body, new AgreeReviewDate(agreementId, body.reviewDueOn()));
    }

    @PostMapping(path = "/termination", consumes = JSON)
    @Operation(summary = "Si opp avtalen", description = "Dato og begrunnelse er påkrevd. En oppsagt avtale kan ikke endres.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.TERMINATION))))
    @ApiResponse(responseCode = "204", description = "Sagt opp; ny ETag")
    public ResponseEntity<Void> terminate(@PathVariable String agreementId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Termination body) {
        return changes.apply(agreementId, ifMatch, body, new TerminateAgreement(agreementId, body.terminatedOn(), body.reason()));
    }
}
