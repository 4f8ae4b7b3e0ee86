package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import no.samarbeidsavtaler.api.openapi.Examples;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.api.web.ChangeMetaData;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.api.web.commands.CommandOutcome;
import no.samarbeidsavtaler.api.web.commands.CommandSender;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agreements: register one, read its summary. */
@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Avtaler", description = "Registrere og lese samarbeidsavtaler")
public class AgreementController {

    private final CommandSender commands;
    private final AgreementSummaries summaries;
    private final AccessPolicy policy;

    public AgreementController(CommandSender commands, AgreementSummaries summaries, AccessPolicy policy) {
        this.commands = commands;
        this.summaries = summaries;
        this.policy = policy;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Registrer en avtale",
            description = "Registrerer en ny samarbeidsavtale med første versjon som utkast. Bare SECRETARY, og bare "
                    + "for helseforetak (eller regioner) brukeren er tildelt.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Overordnet avtale, Helse Fonna", value = Examples.REGISTER_OVERALL_AGREEMENT),
                    @ExampleObject(name = "Delavtale 2, Ullensvang", value = Examples.REGISTER_SUB_AGREEMENT)})),
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = "Gjør POST trygg å gjenta: samme nøkkel og innhold gir samme svar uten ny avtale",
                    example = "6c0f8a52-9d1b-4e57-b0a3-71c2e9d4f8aa"))
    @ApiResponse(responseCode = "201", description = "Registrert",
            headers = {@Header(name = "Location", description = "Avtalens adresse"),
                    @Header(name = "ETag", description = "Avtalens versjon; send den som If-Match ved endringer")},
            content = @Content(examples = @ExampleObject(value = Examples.REGISTERED)))
    public ResponseEntity<RegisteredAgreement> register(@Valid @RequestBody RegisterAgreementRequest request) {
        Actor actor = CurrentActor.get();
        policy.requireRecordForNew(actor, request.healthTrust(), "healthTrust");
        String id = UUID.randomUUID().toString();
        CommandOutcome outcome = commands.send(new RegisterAgreement(id, request.kind(), request.designation(),
                request.title(), request.healthTrust(), request.municipalities(), request.parentAgreementId(),
                request.statutoryPoints(), request.contributors()), ChangeMetaData.of(actor, Role.SECRETARY, request));
        ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("/api/agreements/" + id));
        outcome.version().ifPresent(version -> created.eTag(ExpectedVersion.etag(version)));
        return created.body(new RegisteredAgreement(id));
    }

    @GetMapping("/{agreementId}")
    @Operation(summary = "Les en avtale", description = "Sammendrag av avtalen. ETag er avtalens versjon.")
    @ApiResponse(responseCode = "200", description = "Avtalen",
            headers = @Header(name = "ETag", description = "Avtalens versjon"),
            content = @Content(examples = @ExampleObject(value = Examples.SUMMARY)))
    @ApiResponse(responseCode = "404", description = "Ukjent avtale",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = Examples.NOT_FOUND)))
    public ResponseEntity<AgreementSummary> get(
            @Parameter(example = Examples.AGREEMENT_ID) @PathVariable String agreementId) {
        policy.requireRead(CurrentActor.get());
        AgreementSummary summary = summaries.find(agreementId).orElseThrow(() -> new AgreementNotFound(agreementId));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(summary.version())).body(summary);
    }

    public record RegisteredAgreement(String agreementId) {
    }
}
