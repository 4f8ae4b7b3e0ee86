package no.samarbeidsavtaler.api.ui.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find an agreement: by words in its title, designation or party names, and by health trust. */
@Controller
public class AgreementListController {

    private final RegistryReads reads;
    private final PartyNames parties;
    private final AccessPolicy policy;

    public AgreementListController(RegistryReads reads, PartyNames parties, AccessPolicy policy) {
        this.reads = reads;
        this.parties = parties;
        this.policy = policy;
    }

    @GetMapping("/avtaler")
    public String list(@RequestParam(name = "q", required = false) String query,
                       @RequestParam(name = "helseforetak", required = false) String trust, Model model) {
        policy.requireRead(CurrentActor.get());
        Set<String> trusts = trust == null || trust.isBlank() ? Set.of() : Set.of(trust);
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now(ResponsibilityQueries.NORWAY);
        List<AgreementRow> rows = reads.agreements(trusts).stream()
                .filter(v -> words.isEmpty() || searchable(v).contains(words))
                .map(v -> AgreementRow.of(v, today)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("q", query);
        model.addAttribute("trust", trust);
        return "agreements/list";
    }

    private String searchable(AgreementView view) {
        StringBuilder text = new StringBuilder(view.title()).append(' ').append(view.agreementId()).append(' ')
                .append(view.designation() == null ? "" : view.designation()).append(' ')
                .append(parties.trust(view.healthTrust()));
        view.municipalities().forEach(m -> text.append(' ').append(parties.municipality(m)).append(' ').append(m));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
