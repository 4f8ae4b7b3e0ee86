package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.AssignmentTerms;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.AuditFields;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.ClauseText;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.NewAssignment;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.NewClause;
import no.samarbeidsavtaler.api.agreements.LifecycleRequests.OfferingEstablished;
import no.samarbeidsavtaler.api.openapi.LifecycleExamples;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.ConfirmOfferingEstablished;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawClause;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clauses and responsibility assignments of a draft version. Withdrawing is a POST to
 * {@code …/withdrawal}: a withdrawn clause stays in the version (its id is never reused), and every
 * change has the same JSON body shape with {@code reason} and {@code caseReference}.
 */
@RestController
@RequestMapping(path = "/api/agreements/{agreementId}/versions/{version}/clauses", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Avtaletekst", description = "Punkter og ansvarsfordeling i et utkast")
public class DraftingController {

    private final AgreementChanges changes;

    public DraftingController(AgreementChanges changes) {
        this.changes = changes;
    }

    @PostMapping
    @Operation(summary = "Legg til et punkt", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.NEW_CLAUSE))))
    @ApiResponse(responseCode = "204", description = "Lagt til; ny ETag")
    public ResponseEntity<Void> addClause(@PathVariable String agreementId, @PathVariable int version,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody NewClause body) {
        return changes.apply(agreementId, ifMatch, body,
                new AddClause(agreementId, version, body.clauseId(), body.number(), body.title(), body.text()));
    }

    @PutMapping("/{clauseId}")
    @Operation(summary = "Endre nummer, tittel og tekst i et punkt", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.CLAUSE_TEXT))))
    @ApiResponse(responseCode = "204", description = "Endret; ny ETag")
    public ResponseEntity<Void> amendClause(@PathVariable String agreementId, @PathVariable int version, @PathVariable String clauseId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ClauseText body) {
        return changes.apply(agreementId, ifMatch, body,
                new AmendClause(agreementId, version, clauseId, body.number(), body.title(), body.text()));
    }

    @PostMapping("/{clauseId}/withdrawal")
    @Operation(summary = "Trekk et punkt (og ansvarsfordelingen i det) ut av utkastet")
    @ApiResponse(responseCode = "204", description = "Trukket ut; ny ETag")
    public ResponseEntity<Void> withdrawClause(@PathVariable String agreementId, @PathVariable int version, @PathVariable String clauseId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody AuditFields body) {
        return changes.apply(agreementId, ifMatch, body, new WithdrawClause(agreementId, version, clauseId));
    }

    @PostMapping("/{clauseId}/assignments")
    @Operation(summary = "Gi en part ansvar, bidrag eller veiledning for et tilbud",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.NEW_ASSIGNMENT))))
    @ApiResponse(responseCode = "204", description = "Tildelt; ny ETag")
    public ResponseEntity<Void> assign(@PathVariable String agreementId, @PathVariable int version, @PathVariable String clauseId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody NewAssignment body) {
        return changes.apply(agreementId, ifMatch, body,
                new AssignResponsibility(agreementId, version, clauseId, body.assignmentId(), body.assignment()));
    }

    @PutMapping("/{clauseId}/assignments/{assignmentId}")
    @Operation(summary = "Endre vilkårene i en ansvarsfordeling", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = LifecycleExamples.ASSIGNMENT_TERMS))))
    @ApiResponse(responseCode = "204", description = "Endret; ny ETag")
    public ResponseEntity<Void> amendAssignment(@PathVariable String agreementId, @PathVariable int version,
            @PathVariable String clauseId, @PathVariable String assignmentId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody AssignmentTerms body) {
        return changes.apply(agreementId, ifMatch, body,
                new AmendResponsibility(agreementId, version, clauseId, assignmentId, body.assignment()));
    }

    @PostMapping("/{clauseId}/assignments/{assignmentId}/withdrawal")
    @Operation(summary = "Trekk en ansvarsfordeling ut av utkastet")
    @ApiResponse(responseCode = "204", description = "Trukket ut; ny ETag")
    public ResponseEntity<Void> withdrawAssignment(@PathVariable String agreementId, @PathVariable int version,
            @PathVariable String clauseId, @PathVariable String assignmentId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody AuditFields body) {
        return changes.apply(agreementId, ifMatch, body,
                new WithdrawResponsibility(agreementId, version, clauseId, assignmentId));
    }

    @PostMapping("/{clauseId}/assignments/{assignmentId}/offering-established")
    @Operation(summary = "Bekreft at kommunens tilbud er etablert (overgang fra helseforetaket)",
            description = "Tillatt på versjoner i kraft: det registrerer et faktum, ikke en endring av teksten.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = LifecycleExamples.OFFERING_ESTABLISHED))))
    @ApiResponse(responseCode = "204", description = "Bekreftet; ny ETag")
    public ResponseEntity<Void> confirmOfferingEstablished(@PathVariable String agreementId, @PathVariable int version,
            @PathVariable String clauseId, @PathVariable String assignmentId,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = LifecycleExamples.IF_MATCH)
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody OfferingEstablished body) {
        return changes.apply(agreementId, ifMatch, body,
                new ConfirmOfferingEstablished(agreementId, version, clauseId, assignmentId, body.establishedOn()));
    }
}
