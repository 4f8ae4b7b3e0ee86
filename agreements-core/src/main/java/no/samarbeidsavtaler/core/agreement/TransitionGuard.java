package no.samarbeidsavtaler.core.agreement;

import java.util.Collections;
import java.util.Objects;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/**
 * Helse Fonna 2016: "Etablerte tilbud i spesialisthelsetjenesten må ikke legges ned før kvalitativt
 * gode tilbud er etablert i kommunene." When a draft moves responsibility for a cell from the health
 * trust to a municipality, the municipal assignment is a transition: the trust stays responsible
 * until the municipal offering is confirmed established, or until the recorded transition end date.
 */
final class TransitionGuard {

    private TransitionGuard() {
    }

    /**
     * The health trust a new municipal responsibility takes over from, or {@code null}. A transition
     * still running in the base version carries on in the draft.
     */
    static String transitionFrom(AgreementVersion base, ResponsibilityTerms terms, AgreementParties parties) {
        if (base == null || terms.role() != ResponsibilityRole.RESPONSIBLE
                || terms.party().kind() != PartyKind.MUNICIPALITY) {
            return null;
        }
        return base.assignments()
                .filter(a -> a.responsible() && Objects.equals(a.terms().cell(), terms.cell()))
                .filter(a -> !Collections.disjoint(parties.coveredBy(a.terms()), parties.coveredBy(terms)))
                .filter(a -> parties.isTrust(a.terms().party()) || a.inTransition())
                .map(a -> parties.isTrust(a.terms().party()) ? parties.healthTrust() : a.transitionFrom())
                .findFirst().orElse(null);
    }

    /** Before a draft is frozen: every cell the trust ran in the base version still has someone responsible. */
    static void checkNothingDropped(AgreementVersion base, AgreementVersion draft, AgreementParties parties) {
        if (base == null) {
            return;
        }
        base.assignments()
                .filter(a -> a.responsible() && (parties.isTrust(a.terms().party()) || a.inTransition()))
                .forEach(trustRun -> {
                    for (String municipality : parties.coveredBy(trustRun.terms())) {
                        boolean covered = draft.assignments().anyMatch(a -> a.responsible()
                                && Objects.equals(a.terms().cell(), trustRun.terms().cell())
                                && parties.coveredBy(a.terms()).contains(municipality));
                        if (!covered) {
                            throw new RuleViolation(AgreementRule.TRUST_OFFERING_KEPT_UNTIL_MUNICIPAL_OFFERING_ESTABLISHED,
                                    "version", "Versjon " + draft.number() + " fjerner helseforetakets ansvar («"
                                    + trustRun.assignmentId() + "») for kommune " + municipality
                                    + " uten at en kommune overtar; tilbudet kan ikke legges ned før et kommunalt tilbud er etablert");
                        }
                    }
                });
    }

    static void checkConfirmation(AgreementVersion version, Clause clause, Assignment assignment) {
        if (version.status() != VersionStatus.IN_FORCE || !assignment.inTransition()) {
            throw new RuleViolation(AgreementRule.CONFIRMATION_REQUIRES_TRANSITION_IN_FORCE, "assignmentId",
                    "Ansvar «" + assignment.assignmentId() + "» i punkt " + clause.number() + " er ikke en pågående overgang"
                    + " i en versjon i kraft");
        }
    }
}
