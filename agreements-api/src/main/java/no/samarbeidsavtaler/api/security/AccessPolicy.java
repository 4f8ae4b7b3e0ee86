package no.samarbeidsavtaler.api.security;

import java.util.Optional;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRule;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place. Controllers ask a named question before they act; the URL rules
 * of the security chain only make sure somebody is logged in.
 */
@Component
public class AccessPolicy {

    private final PartyCatalogue parties;

    public AccessPolicy(PartyCatalogue parties) {
        this.parties = parties;
    }

    /** Agreements are read by every role (they are public documents; the roles differ in what else they may do). */
    public boolean canRead(Actor actor) {
        return !actor.roles().isEmpty();
    }

    /** A secretary records for the health trusts assigned to them, or for every trust of an assigned region. */
    public boolean canRecordFor(Actor actor, String healthTrustOrgnr) {
        if (!actor.has(Role.SECRETARY) || healthTrustOrgnr == null) {
            return false;
        }
        if (actor.healthTrusts().contains(healthTrustOrgnr)) {
            return true;
        }
        return knownTrust(healthTrustOrgnr).map(trust -> actor.regions().stream().anyMatch(region ->
                        region.equalsIgnoreCase(trust.regionalHealthAuthority())
                                || region.equals(trust.regionalHealthAuthorityNumber().value())))
                .orElse(false);
    }

    /** History, as-recorded-at, exports and verification. */
    public boolean canAudit(Actor actor) {
        return actor.has(Role.AUDITOR);
    }

    /** Users, reference data, projection rebuilds. */
    public boolean canAdminister(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    public void requireRead(Actor actor) {
        if (!canRead(actor)) {
            throw new AccessDeniedException("Du har ingen rolle i registeret");
        }
    }

    /**
     * For a new agreement: only secretaries get past the first check (so nobody else learns
     * anything from validation); an invalid or unknown organisation number is then a 422 naming
     * {@code field}, because no region can be decided for it; finally the region must match.
     */
    public void requireRecordForNew(Actor actor, String healthTrustOrgnr, String field) {
        if (!actor.has(Role.SECRETARY)) {
            throw new AccessDeniedException("Bare sekretariatet kan registrere avtaler");
        }
        if (!OrganisationNumber.isValid(healthTrustOrgnr)) {
            throw new RuleViolation(PartyRule.ORGANISATION_NUMBER_IS_VALID, field,
                    "«" + healthTrustOrgnr + "» er ikke et gyldig organisasjonsnummer");
        }
        if (knownTrust(healthTrustOrgnr).isEmpty()) {
            throw new RuleViolation(PartyRule.HEALTH_TRUST_IS_KNOWN, field,
                    "Fant ikke helseforetak med organisasjonsnummer " + healthTrustOrgnr);
        }
        requireRecordFor(actor, healthTrustOrgnr);
    }

    public void requireRecordFor(Actor actor, String healthTrustOrgnr) {
        if (!actor.has(Role.SECRETARY)) {
            throw new AccessDeniedException("Bare sekretariatet kan endre avtaler");
        }
        if (!canRecordFor(actor, healthTrustOrgnr)) {
            throw new AccessDeniedException("Du kan ikke registrere for helseforetaket " + healthTrustOrgnr
                    + "; det ligger utenfor helseforetakene eller regionene du er tildelt");
        }
    }

    public void requireAudit(Actor actor) {
        if (!canAudit(actor)) {
            throw new AccessDeniedException("Bare revisorer har tilgang til dette");
        }
    }

    public void requireAdminister(Actor actor) {
        if (!canAdminister(actor)) {
            throw new AccessDeniedException("Bare administratorer har tilgang til dette");
        }
    }

    private Optional<HealthTrust> knownTrust(String orgnr) {
        return OrganisationNumber.isValid(orgnr) ? parties.healthTrust(new OrganisationNumber(orgnr)) : Optional.empty();
    }
}
