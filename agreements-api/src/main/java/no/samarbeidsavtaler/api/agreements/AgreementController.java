package no.samarbeidsavtaler.api.agreements;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import no.samarbeidsavtaler.projections.agreementsummary.FindAgreementSummary;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agreements: register one, read its summary. */
@RestController
@RequestMapping("/api/agreements")
public class AgreementController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public AgreementController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<RegisteredAgreement> register(@RequestBody RegisterAgreementRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterAgreement(id, request.kind(), request.designation(), request.title(),
                request.healthTrust(), request.municipalities(), request.parentAgreementId(),
                request.statutoryPoints(), request.contributors()), auditMetaData());
        return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(new RegisteredAgreement(id));
    }

    @GetMapping("/{agreementId}")
    public ResponseEntity<AgreementSummary> get(@PathVariable String agreementId) {
        Optional<AgreementSummary> summary = queries.query(new FindAgreementSummary(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementSummary.class)).join();
        return summary.map(s -> ResponseEntity.ok().eTag("\"" + s.version() + "\"").body(s))
                .orElseThrow(() -> new AgreementNotFound(agreementId));
    }

    // Until authentication lands (issue 6) every change is recorded as made by the anonymous API user.
    private static MetaData auditMetaData() {
        return MetaData.with("actorId", "anonymous").and("actorRole", "api");
    }

    public record RegisteredAgreement(String agreementId) {
    }
}
