package no.samarbeidsavtaler.api.ui.lifecycle;

import java.util.List;
import no.samarbeidsavtaler.api.ui.agreements.VersionPage;
import no.samarbeidsavtaler.api.ui.forms.AuditFields;
import no.samarbeidsavtaler.api.ui.forms.CommandResult;
import no.samarbeidsavtaler.api.ui.forms.ConflictNotice;
import no.samarbeidsavtaler.api.ui.forms.Editing;
import no.samarbeidsavtaler.api.ui.forms.FormErrors;
import no.samarbeidsavtaler.api.ui.forms.FormFlow;
import no.samarbeidsavtaler.api.ui.forms.UiCommands;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A version's way into force: negotiated, adopted and signed by each party, in force; and new drafts. */
@Controller
public class LifecycleController {

    private final Editing editing;
    private final UiCommands commands;
    private final FormFlow flow;
    private final RegistryReads reads;

    public LifecycleController(Editing editing, UiCommands commands, FormFlow flow, RegistryReads reads) {
        this.editing = editing;
        this.commands = commands;
        this.flow = flow;
        this.reads = reads;
    }

    @GetMapping("/avtaler/{agreementId}/versjoner/{number}/{step:forhandlet|vedtak|signatur|ikraft}")
    public String form(@PathVariable String agreementId, @PathVariable int number, @PathVariable String step, Model model) {
        Editing.Target target = editing.open(agreementId, number);
        return render(target, Step.fromPath(step), StepForm.empty(target.agreement().version()), FormErrors.none(), model);
    }

    @PostMapping("/avtaler/{agreementId}/versjoner/{number}/{step:forhandlet|vedtak|signatur|ikraft}")
    public String submit(@PathVariable String agreementId, @PathVariable int number, @PathVariable String step,
                         @ModelAttribute("form") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        Step current = Step.fromPath(step);
        FormErrors errors = form.audit().check(FormErrors.none());
        binding.getFieldErrors().forEach(e -> errors.add(e.getField(), "Ugyldig verdi", "Skriv datoen som dd.mm.åååå"));
        if (errors.any()) {
            return render(target, current, form, errors, model);
        }
        CommandResult result = commands.change(agreementId, current.command(agreementId, number, form), target.actor(),
                form.audit(), form.expectedVersion());
        String next = flow.finish(agreementId, result, errors, v -> errors.add(v, current.inputs), model, redirect,
                target.versionUrl(), current.done);
        if (next != null) {
            return next;
        }
        ConflictNotice.Notice conflict = (ConflictNotice.Notice) model.getAttribute("conflict");
        return render(target, current, conflict == null ? form : form.basedOn(conflict.current()), errors, model);
    }

    /** Opens the next version as a draft, copied from the version in force. */
    @PostMapping("/avtaler/{agreementId}/utkast")
    public String openDraft(@PathVariable String agreementId, @RequestParam long expectedVersion,
                            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, 1); // every agreement has a version 1; this checks the secretary's scope
        CommandResult result = commands.change(agreementId, new OpenDraftVersion(agreementId), target.actor(),
                new AuditFields(reason, null), expectedVersion);
        if (result instanceof CommandResult.Done done) {
            int draft = reads.agreementAtLeast(agreementId, done.version()).map(v -> v.versions().size())
                    .orElse(target.agreement().versions().size() + 1);
            redirect.addFlashAttribute("flash", "Versjon " + draft + " er åpnet som utkast, kopiert fra versjonen i kraft.");
            return "redirect:/avtaler/" + agreementId + "/versjoner/" + draft;
        }
        redirect.addFlashAttribute("flash", result instanceof CommandResult.Refused refused
                ? "Kunne ikke åpne utkast: " + refused.violation().detail()
                : "Avtalen ble endret av noen andre i mellomtiden. Se over siden og prøv igjen.");
        return "redirect:/avtaler/" + agreementId;
    }

    private String render(Editing.Target target, Step step, StepForm form, FormErrors errors, Model model) {
        target.describe(model);
        VersionPage page = VersionPage.of(target.agreement(), target.version());
        List<VersionPage.PartyProgress> parties = page.parties().stream()
                .filter(p -> step == Step.ADOPTION ? !p.adopted() : step != Step.SIGNATURE || p.adopted() && !p.signed())
                .toList();
        model.addAttribute("step", step);
        model.addAttribute("parties", parties);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", target.versionUrl() + "/" + step.path);
        return "lifecycle/step";
    }
}
