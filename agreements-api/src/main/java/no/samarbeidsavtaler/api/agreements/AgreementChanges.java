package no.samarbeidsavtaler.api.agreements;

import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.api.web.ChangeMetaData;
import no.samarbeidsavtaler.api.web.ChangeRequest;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.api.web.commands.CommandOutcome;
import no.samarbeidsavtaler.api.web.commands.CommandSender;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every change of an existing agreement does, in this order: only a secretary gets past the
 * first check; the agreement's health trust (from the read model) must be in their scope; the
 * If-Match must be there (428) and is checked by the aggregate (412); the command carries the actor
 * and the request's reason and case reference. The answer is 204 with the new version as ETag.
 */
@Component
public class AgreementChanges {

    private final AccessPolicy policy;
    private final AgreementSummaries summaries;
    private final CommandSender commands;

    public AgreementChanges(AccessPolicy policy, AgreementSummaries summaries, CommandSender commands) {
        this.policy = policy;
        this.summaries = summaries;
        this.commands = commands;
    }

    public ResponseEntity<Void> apply(String agreementId, String ifMatch, ChangeRequest request, Object command) {
        Actor actor = CurrentActor.get();
        if (!actor.has(Role.SECRETARY)) {
            throw new AccessDeniedException("Bare sekretariatet kan endre avtaler");
        }
        String healthTrust = summaries.healthTrustOf(agreementId).orElseThrow(() -> new AgreementNotFound(agreementId));
        policy.requireRecordFor(actor, healthTrust);
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        CommandOutcome outcome = commands.send(command, ChangeMetaData.of(actor, Role.SECRETARY, request, expected));
        ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent();
        outcome.version().ifPresent(version -> response.eTag(ExpectedVersion.etag(version)));
        return response.build();
    }
}
