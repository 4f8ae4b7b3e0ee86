package no.samarbeidsavtaler.api.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Imports a bundle all or nothing. First the structural pass ({@link BundleValidator}) and the access
 * check for every item; then every command of every item runs through the real command handlers inside
 * ONE root unit of work. Axon stages the events of nested commands in the root unit of work and appends
 * them only when it commits, so a command refused by the domain (say, in the 3rd agreement) rolls the
 * whole unit back before anything reaches the event store: the domain itself is the dry run.
 */
@Component
public class BundleImporter {

    static final String REASON = "Import";

    private final BundleValidator validator;
    private final CommandGateway commands;
    private final AccessPolicy policy;

    public BundleImporter(ObjectMapper json, EventStore eventStore, CommandGateway commands, AccessPolicy policy) {
        this.validator = new BundleValidator(json, eventStore);
        this.commands = commands;
        this.policy = policy;
    }

    public ImportResult importAll(AgreementBundle bundle, Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.SECRETARY)) {
            throw new AccessDeniedException("Bare administratorer og sekretariatet kan importere avtaler");
        }
        List<PreparedAgreement> prepared = validator.validate(bundle);
        Role actingAs = actor.has(Role.ADMIN) ? Role.ADMIN : Role.SECRETARY;
        if (actingAs == Role.SECRETARY) {
            prepared.forEach(p -> policy.requireRecordFor(actor, p.healthTrust()));
        }
        validator.requireNew(prepared);
        Map<String, Object> meta = Map.of(AuditMetaData.ACTOR_ID, actor.id(),
                AuditMetaData.ACTOR_ROLE, actingAs.metadataValue(), AuditMetaData.REASON, REASON);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            int sent = 0;
            for (PreparedAgreement agreement : prepared) {
                for (int j = 0; j < agreement.commands().size(); j++) {
                    send(agreement, j, meta);
                    sent++;
                }
            }
            unitOfWork.commit();
            return new ImportResult(prepared.stream().map(PreparedAgreement::agreementId).toList(), sent);
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    private void send(PreparedAgreement agreement, int j, Map<String, Object> meta) {
        String at = "agreements[" + agreement.index() + "].commands[" + j + "]";
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(agreement.commands().get(j)).andMetaData(meta));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException ce && ce.getCause() != null ? ce.getCause() : e;
            if (e instanceof CommandExecutionException ce && cause == e) {
                cause = ce.getDetails().filter(Throwable.class::isInstance).map(Throwable.class::cast).orElse(e);
            }
            if (cause instanceof RuleViolation violation) {
                ProblemDetail problem = Problems.forRule(violation, at + ".payload");
                problem.setProperty("agreementId", agreement.agreementId());
                problem.setProperty("item", agreement.index());
                throw new ImportRejected(problem);
            }
            ProblemDetail problem = Problems.of(ProblemType.INVALID_CONTENT, "Avtale " + agreement.agreementId()
                    + " kunne ikke registreres: " + cause.getClass().getSimpleName(), at);
            problem.setProperty("item", agreement.index());
            throw new ImportRejected(problem);
        }
    }

    /** @param agreementIds the agreements recorded, in bundle order */
    public record ImportResult(List<String> agreementIds, int commands) {
    }
}
