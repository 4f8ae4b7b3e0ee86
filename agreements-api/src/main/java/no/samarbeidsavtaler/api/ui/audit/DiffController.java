package no.samarbeidsavtaler.api.ui.audit;

import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.diff.VersionDiff;
import no.samarbeidsavtaler.projections.diff.VersionDiffer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What changed between two versions, responsibility changes first. */
@Controller
public class DiffController {

    private final RegistryReads reads;
    private final AccessPolicy policy;

    public DiffController(RegistryReads reads, AccessPolicy policy) {
        this.reads = reads;
        this.policy = policy;
    }

    @GetMapping("/avtaler/{agreementId}/sammenlign")
    public String compare(@PathVariable String agreementId, @RequestParam(name = "fra", defaultValue = "1") int from,
                          @RequestParam(name = "til", defaultValue = "2") int to, Model model) {
        policy.requireRead(CurrentActor.get());
        AgreementView agreement = reads.agreement(agreementId)
                .orElseThrow(() -> new PageNotFound("Fant ingen avtale med id " + agreementId));
        VersionDiff diff = VersionDiffer.diff(agreement, from, to)
                .orElseThrow(() -> new PageNotFound("Avtalen har ikke både versjon " + from + " og " + to));
        model.addAttribute("agreement", agreement);
        model.addAttribute("diff", diff);
        model.addAttribute("responsibleChanges", diff.responsiblePartyChanges());
        model.addAttribute("otherChanges", diff.responsibilities().stream().filter(c -> !c.responsiblePartyChanged()).toList());
        return "audit/diff";
    }
}
