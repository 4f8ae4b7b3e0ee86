package no.samarbeidsavtaler.api.ui.forms;

import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Opens an agreement version for a change form: the view, the version, and the check that the
 * logged-in secretary records for the agreement's health trust (403 otherwise, before anything shows).
 */
@Component
public class Editing {

    /** What a change form is about. */
    public record Target(Actor actor, AgreementView agreement, VersionView version) {

        public String agreementId() {
            return agreement.agreementId();
        }

        public ClauseView clause(String clauseId) {
            return version.clause(clauseId).filter(c -> !c.withdrawn())
                    .orElseThrow(() -> new PageNotFound("Versjon " + version.number() + " har ikke punktet " + clauseId));
        }

        public String versionUrl() {
            return "/avtaler/" + agreement.agreementId() + "/versjoner/" + version.number();
        }

        /** Puts what every change form template needs into the model. */
        public void describe(Model model) {
            model.addAttribute("agreement", agreement);
            model.addAttribute("version", version);
            model.addAttribute("versionUrl", versionUrl());
        }
    }

    private final RegistryReads reads;
    private final AccessPolicy policy;

    public Editing(RegistryReads reads, AccessPolicy policy) {
        this.reads = reads;
        this.policy = policy;
    }

    public Target open(String agreementId, int number) {
        Actor actor = CurrentActor.get();
        AgreementView agreement = reads.agreement(agreementId)
                .orElseThrow(() -> new PageNotFound("Fant ingen avtale med id " + agreementId));
        policy.requireRecordFor(actor, agreement.healthTrust());
        VersionView version = agreement.versionNumbered(number)
                .orElseThrow(() -> new PageNotFound("Avtalen har ingen versjon " + number));
        return new Target(actor, agreement, version);
    }
}
