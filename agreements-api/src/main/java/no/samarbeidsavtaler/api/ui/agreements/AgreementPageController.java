package no.samarbeidsavtaler.api.ui.agreements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import no.samarbeidsavtaler.api.readside.ReadAccess;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.audit.AsRecordedViews;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agreement and one of its versions. Two dates choose what is shown: "i kraft per" (valid time:
 * which version applied on a date) and, for auditors, "registrert per" (record time: the agreement as
 * the registry knew it at that moment, corrections made later not yet applied).
 */
@Controller
public class AgreementPageController {

    private final RegistryReads reads;
    private final AsRecordedViews asRecorded;
    private final AccessPolicy policy;
    private final ReadAccess access;

    public AgreementPageController(RegistryReads reads, AsRecordedViews asRecorded, AccessPolicy policy, ReadAccess access) {
        this.reads = reads;
        this.asRecorded = asRecorded;
        this.policy = policy;
        this.access = access;
    }

    @GetMapping("/avtaler/{agreementId}")
    public String agreement(@PathVariable String agreementId,
                            @RequestParam(name = "ikraft", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
                            @RequestParam(name = "registrertPer", required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime recordedAt,
                            Model model) {
        Actor actor = CurrentActor.get();
        policy.requireRead(actor);
        AgreementView view;
        if (recordedAt != null) {
            access.auditor();
            view = asRecorded.at(agreementId, recordedAt.atZone(ResponsibilityQueries.NORWAY).toInstant())
                    .orElseThrow(() -> new PageNotFound("Avtalen var ikke registrert " + recordedAt.toLocalDate()));
        } else {
            view = load(agreementId);
        }
        LocalDate date = inForceOn == null ? LocalDate.now(ResponsibilityQueries.NORWAY) : inForceOn;
        model.addAttribute("agreement", view);
        model.addAttribute("inForceOn", date);
        model.addAttribute("inForce", view.versionInForceOn(date).orElse(null));
        model.addAttribute("recordedAt", recordedAt);
        model.addAttribute("canRecord", recordedAt == null && policy.canRecordFor(actor, view.healthTrust()));
        model.addAttribute("openVersion", view.versions().stream().filter(v -> v.status().isOpen()).findFirst().orElse(null));
        return "agreements/agreement";
    }

    @GetMapping("/avtaler/{agreementId}/versjoner/{number}")
    public String version(@PathVariable String agreementId, @PathVariable int number, Model model) {
        Actor actor = CurrentActor.get();
        policy.requireRead(actor);
        AgreementView view = load(agreementId);
        VersionView version = view.versionNumbered(number)
                .orElseThrow(() -> new PageNotFound("Avtalen har ingen versjon " + number));
        model.addAttribute("agreement", view);
        model.addAttribute("version", version);
        model.addAttribute("page", VersionPage.of(view, version));
        model.addAttribute("canRecord", policy.canRecordFor(actor, view.healthTrust()));
        return "agreements/version";
    }

    private AgreementView load(String agreementId) {
        return reads.agreement(agreementId).orElseThrow(() -> new PageNotFound("Fant ingen avtale med id " + agreementId));
    }
}
