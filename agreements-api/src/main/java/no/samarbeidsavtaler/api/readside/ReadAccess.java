package no.samarbeidsavtaler.api.readside;

import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The read side's access rules on top of {@link AccessPolicy}: answers, matrices, reports and agreement
 * views for every role (managers read answers and reports); history, as-recorded-at, exports and
 * verification for auditors, and for administrators, who are responsible for the data they rebuild.
 */
@Component
public class ReadAccess {

    private final AccessPolicy policy;

    public ReadAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public Actor reader() {
        Actor actor = CurrentActor.get();
        policy.requireRead(actor);
        return actor;
    }

    public Actor auditor() {
        Actor actor = CurrentActor.get();
        if (!policy.canAudit(actor) && !policy.canAdminister(actor)) {
            throw new AccessDeniedException("Bare revisorer og administratorer har tilgang til dette");
        }
        return actor;
    }

    public Actor administrator() {
        Actor actor = CurrentActor.get();
        policy.requireAdminister(actor);
        return actor;
    }
}
