package no.samarbeidsavtaler.api.ui.drafting;

import java.util.UUID;
import no.samarbeidsavtaler.api.ui.forms.CommandResult;
import no.samarbeidsavtaler.api.ui.forms.ConflictNotice;
import no.samarbeidsavtaler.api.ui.forms.Editing;
import no.samarbeidsavtaler.api.ui.forms.FormErrors;
import no.samarbeidsavtaler.api.ui.forms.FormFlow;
import no.samarbeidsavtaler.api.ui.forms.UiCommands;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawClause;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Add, amend and withdraw the clauses of a draft version. */
@Controller
@RequestMapping("/avtaler/{agreementId}/versjoner/{number}/punkter")
public class ClauseController {

    private static final String VIEW = "drafting/clause";

    private final Editing editing;
    private final UiCommands commands;
    private final FormFlow flow;

    public ClauseController(Editing editing, UiCommands commands, FormFlow flow) {
        this.editing = editing;
        this.commands = commands;
        this.flow = flow;
    }

    @GetMapping("/ny")
    public String newClause(@PathVariable String agreementId, @PathVariable int number, Model model) {
        Editing.Target target = editing.open(agreementId, number);
        return render(target, null, ClauseForm.empty(target.agreement().version()), FormErrors.none(), model);
    }

    @PostMapping("/ny")
    public String add(@PathVariable String agreementId, @PathVariable int number, @ModelAttribute ClauseForm form,
                      Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        FormErrors errors = form.audit().check(FormErrors.none());
        if (errors.any()) {
            return render(target, null, form, errors, model);
        }
        String clauseId = "punkt-" + UUID.randomUUID().toString().substring(0, 8);
        CommandResult result = commands.change(agreementId, new AddClause(agreementId, number, clauseId, form.number(),
                form.title(), form.text()), target.actor(), form.audit(), form.expectedVersion());
        return done(target, null, form, result, errors, model, redirect, "Punkt " + form.number() + " er lagt til.");
    }

    @GetMapping("/{clauseId}")
    public String editClause(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                             Model model) {
        Editing.Target target = editing.open(agreementId, number);
        return render(target, clauseId, ClauseForm.of(target.clause(clauseId), target.agreement().version()),
                FormErrors.none(), model);
    }

    @PostMapping("/{clauseId}")
    public String amend(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                        @ModelAttribute ClauseForm form, Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        target.clause(clauseId);
        FormErrors errors = form.audit().check(FormErrors.none());
        if (errors.any()) {
            return render(target, clauseId, form, errors, model);
        }
        CommandResult result = commands.change(agreementId, new AmendClause(agreementId, number, clauseId, form.number(),
                form.title(), form.text()), target.actor(), form.audit(), form.expectedVersion());
        return done(target, clauseId, form, result, errors, model, redirect, "Punkt " + form.number() + " er endret.");
    }

    @PostMapping("/{clauseId}/trekk")
    public String withdraw(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                           @ModelAttribute ClauseForm form, Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        String clauseNumber = target.clause(clauseId).number();
        CommandResult result = commands.change(agreementId, new WithdrawClause(agreementId, number, clauseId),
                target.actor(), form.audit(), form.expectedVersion());
        ClauseForm shown = ClauseForm.of(target.clause(clauseId), form.expectedVersion());
        return done(target, clauseId, shown, result, FormErrors.none(), model, redirect,
                "Punkt " + clauseNumber + " er trukket ut av versjonen.");
    }

    private String done(Editing.Target target, String clauseId, ClauseForm form, CommandResult result, FormErrors errors,
                        Model model, RedirectAttributes redirect, String message) {
        String next = flow.finish(target.agreementId(), result, errors, v -> errors.add(v, ClauseForm.FIELDS), model,
                redirect, target.versionUrl() + (clauseId == null ? "" : "#punkt-" + clauseId), message);
        if (next != null) {
            return next;
        }
        ConflictNotice.Notice conflict = (ConflictNotice.Notice) model.getAttribute("conflict");
        return render(target, clauseId, conflict == null ? form : form.basedOn(conflict.current()), errors, model);
    }

    private String render(Editing.Target target, String clauseId, ClauseForm form, FormErrors errors, Model model) {
        target.describe(model);
        model.addAttribute("clauseId", clauseId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", target.versionUrl() + "/punkter/" + (clauseId == null ? "ny" : clauseId));
        return VIEW;
    }
}
