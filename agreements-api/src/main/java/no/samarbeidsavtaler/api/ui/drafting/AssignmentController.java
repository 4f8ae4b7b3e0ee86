package no.samarbeidsavtaler.api.ui.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.forms.CommandResult;
import no.samarbeidsavtaler.api.ui.forms.ConflictNotice;
import no.samarbeidsavtaler.api.ui.forms.Editing;
import no.samarbeidsavtaler.api.ui.forms.FormErrors;
import no.samarbeidsavtaler.api.ui.forms.FormFlow;
import no.samarbeidsavtaler.api.ui.forms.UiCommands;
import no.samarbeidsavtaler.core.agreement.commands.AmendResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Give a party a role for an offering in a clause of a draft; change or withdraw it. */
@Controller
@RequestMapping("/avtaler/{agreementId}/versjoner/{number}/punkter/{clauseId}/ansvar")
public class AssignmentController {

    private final Editing editing;
    private final UiCommands commands;
    private final FormFlow flow;

    public AssignmentController(Editing editing, UiCommands commands, FormFlow flow) {
        this.editing = editing;
        this.commands = commands;
        this.flow = flow;
    }

    @GetMapping("/ny")
    public String newAssignment(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                                Model model) {
        Editing.Target target = editing.open(agreementId, number);
        return render(target, target.clause(clauseId), null, AssignmentForm.empty(target.agreement().version()),
                FormErrors.none(), model);
    }

    @PostMapping("/ny")
    public String assign(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                         @ModelAttribute("form") AssignmentForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        ClauseView clause = target.clause(clauseId);
        String assignmentId = clauseId + "-" + UUID.randomUUID().toString().substring(0, 8);
        return send(target, clause, null, form, binding, model, redirect, new AssignResponsibility(agreementId, number,
                clauseId, assignmentId, form.terms()), "Ansvaret er lagt til i punkt " + clause.number() + ".");
    }

    @GetMapping("/{assignmentId}")
    public String editAssignment(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                                 @PathVariable String assignmentId, Model model) {
        Editing.Target target = editing.open(agreementId, number);
        ClauseView clause = target.clause(clauseId);
        return render(target, clause, assignmentId, AssignmentForm.of(assignment(clause, assignmentId),
                target.agreement().version()), FormErrors.none(), model);
    }

    @PostMapping("/{assignmentId}")
    public String amend(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                        @PathVariable String assignmentId, @ModelAttribute("form") AssignmentForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        ClauseView clause = target.clause(clauseId);
        assignment(clause, assignmentId);
        return send(target, clause, assignmentId, form, binding, model, redirect, new AmendResponsibility(agreementId,
                number, clauseId, assignmentId, form.terms()), "Ansvaret i punkt " + clause.number() + " er endret.");
    }

    @PostMapping("/{assignmentId}/trekk")
    public String withdraw(@PathVariable String agreementId, @PathVariable int number, @PathVariable String clauseId,
                           @PathVariable String assignmentId, @ModelAttribute("form") AssignmentForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        Editing.Target target = editing.open(agreementId, number);
        ClauseView clause = target.clause(clauseId);
        AssignmentForm shown = AssignmentForm.of(assignment(clause, assignmentId), form.expectedVersion());
        return send(target, clause, assignmentId, shown, binding, model, redirect,
                new WithdrawResponsibility(agreementId, number, clauseId, assignmentId),
                "Ansvaret er tatt ut av punkt " + clause.number() + ".");
    }

    private String send(Editing.Target target, ClauseView clause, String assignmentId, AssignmentForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect, Object command, String message) {
        FormErrors errors = form.audit().check(FormErrors.none());
        binding.getFieldErrors().forEach(e -> errors.add(e.getField(), "Ugyldig verdi", "Verdien kan ikke brukes her"));
        if (errors.any()) {
            return render(target, clause, assignmentId, form, errors, model);
        }
        CommandResult result = commands.change(target.agreementId(), command, target.actor(), form.audit(),
                form.expectedVersion());
        String next = flow.finish(target.agreementId(), result, errors, v -> errors.add(v, AssignmentForm.INPUTS), model,
                redirect, target.versionUrl() + "#punkt-" + clause.clauseId(), message);
        if (next != null) {
            return next;
        }
        ConflictNotice.Notice conflict = (ConflictNotice.Notice) model.getAttribute("conflict");
        return render(target, clause, assignmentId, conflict == null ? form : form.basedOn(conflict.current()), errors, model);
    }

    private static AssignmentView assignment(ClauseView clause, String assignmentId) {
        return clause.assignments().stream().filter(a -> a.assignmentId().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new PageNotFound("Punktet har ikke ansvaret " + assignmentId));
    }

    private String render(Editing.Target target, ClauseView clause, String assignmentId, AssignmentForm form,
                          FormErrors errors, Model model) {
        target.describe(model);
        String action = target.versionUrl() + "/punkter/" + clause.clauseId() + "/ansvar/" + (assignmentId == null ? "ny" : assignmentId);
        model.addAttribute("clause", clause);
        model.addAttribute("assignmentId", assignmentId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("partyChoices", partyChoices(target.agreement()));
        return "drafting/assignment";
    }

    /** The agreement's parties: the trust, its municipalities and its contributing user organisations. */
    static List<PartyRef> partyChoices(AgreementView agreement) {
        List<PartyRef> parties = new ArrayList<>();
        parties.add(new PartyRef(PartyKind.HEALTH_TRUST, agreement.healthTrust()));
        agreement.municipalities().forEach(m -> parties.add(new PartyRef(PartyKind.MUNICIPALITY, m)));
        agreement.contributors().forEach(c -> parties.add(new PartyRef(PartyKind.USER_ORGANISATION, c)));
        return parties;
    }
}
