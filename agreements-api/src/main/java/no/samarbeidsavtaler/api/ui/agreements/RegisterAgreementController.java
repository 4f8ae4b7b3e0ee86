package no.samarbeidsavtaler.api.ui.agreements;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.forms.CommandResult;
import no.samarbeidsavtaler.api.ui.forms.FormErrors;
import no.samarbeidsavtaler.api.ui.forms.FormFlow;
import no.samarbeidsavtaler.api.ui.forms.UiCommands;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Register a new agreement (its first version opens as a draft). Secretaries, for their own trusts. */
@Controller
public class RegisterAgreementController {

    private final AccessPolicy policy;
    private final PartyNames parties;
    private final RegistryReads reads;
    private final UiCommands commands;
    private final FormFlow flow;

    public RegisterAgreementController(AccessPolicy policy, PartyNames parties, RegistryReads reads, UiCommands commands,
                                       FormFlow flow) {
        this.policy = policy;
        this.parties = parties;
        this.reads = reads;
        this.commands = commands;
        this.flow = flow;
    }

    @GetMapping("/avtaler/ny")
    public String form(@RequestParam(name = "helseforetak", required = false) String trust, Model model) {
        List<String> trusts = trustsOf(CurrentActor.get());
        String chosen = trust != null && trusts.contains(trust) ? trust : trusts.get(0);
        return render(RegisterForm.forTrust(chosen, parties.catchmentArea(chosen)), trusts, FormErrors.none(), model);
    }

    @PostMapping("/avtaler/ny")
    public String register(@ModelAttribute("form") RegisterForm form, BindingResult binding, Model model,
                           RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        List<String> trusts = trustsOf(actor);
        FormErrors errors = form.audit().check(FormErrors.none());
        binding.getFieldErrors().forEach(e -> errors.add(e.getField(), "Ugyldig verdi", "Verdien kan ikke brukes her"));
        if (errors.any()) {
            return render(form, trusts, errors, model);
        }
        try {
            policy.requireRecordForNew(actor, form.healthTrust(), "healthTrust");
        } catch (RuleViolation violation) {
            return render(form, trusts, errors.add(violation, RegisterForm.FIELDS), model);
        }
        String agreementId = UUID.randomUUID().toString();
        CommandResult result = commands.register(agreementId, form.command(agreementId), actor, form.audit());
        String next = flow.finish(agreementId, result, errors, v -> errors.add(v, RegisterForm.FIELDS), model, redirect,
                "/avtaler/" + agreementId + "/versjoner/1", "Avtalen er registrert. Versjon 1 er et utkast: legg til punktene.");
        return next != null ? next : render(form, trusts, errors, model);
    }

    /** The health trusts this secretary records for (directly or through a region). */
    private List<String> trustsOf(Actor actor) {
        List<String> trusts = parties.trusts().stream().map(t -> t.organisationNumber().value())
                .filter(orgnr -> policy.canRecordFor(actor, orgnr)).toList();
        if (trusts.isEmpty()) {
            throw new AccessDeniedException("Bare sekretariatet kan registrere avtaler, for helseforetakene de er tildelt");
        }
        return trusts;
    }

    private String render(RegisterForm form, List<String> trusts, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("trusts", trusts);
        model.addAttribute("catchment", parties.catchmentArea(form.healthTrust()));
        model.addAttribute("parents", form.healthTrust() == null ? List.of() : reads.agreements(Set.of(form.healthTrust())));
        return "agreements/register";
    }
}
