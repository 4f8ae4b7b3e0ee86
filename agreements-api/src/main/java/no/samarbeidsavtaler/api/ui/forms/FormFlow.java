package no.samarbeidsavtaler.api.ui.forms;

import java.util.function.Consumer;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of every change form: on success wait (briefly) for the read model to show the change and
 * redirect with a message (post/redirect/get); on a refusal or a concurrent change put the errors or the
 * conflict banner in the model and let the controller render the form again with what the user typed.
 */
@Component
public class FormFlow {

    private final RegistryReads reads;
    private final ConflictNotice conflicts;

    public FormFlow(RegistryReads reads, ConflictNotice conflicts) {
        this.reads = reads;
        this.conflicts = conflicts;
    }

    /**
     * @param onRefused adds the violation to the form's errors (each form knows its own fields)
     * @return the redirect on success, else {@code null} after filling the model
     */
    public String finish(String agreementId, CommandResult result, FormErrors errors, Consumer<RuleViolation> onRefused,
                         Model model, RedirectAttributes redirect, String successUrl, String message) {
        if (result instanceof CommandResult.Done done) {
            boolean current = reads.agreementAtLeast(agreementId, done.version())
                    .map(v -> v.version() >= done.version()).orElse(false);
            redirect.addFlashAttribute("flash", current ? message
                    : message + " Siden kan vise en litt eldre tilstand noen sekunder til.");
            return "redirect:" + successUrl;
        }
        if (result instanceof CommandResult.Refused refused) {
            onRefused.accept(refused.violation());
        } else if (result instanceof CommandResult.Conflict conflict) {
            ConflictNotice.Notice notice = conflicts.describe(agreementId, conflict);
            model.addAttribute("conflict", notice);
            model.addAttribute("expectedVersion", notice.current());
        }
        model.addAttribute("errors", errors);
        return null;
    }
}
