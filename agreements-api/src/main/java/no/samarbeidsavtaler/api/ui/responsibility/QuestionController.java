package no.samarbeidsavtaler.api.ui.responsibility;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibility;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityAnswer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Hvem har ansvaret for …?": a question in words becomes facet filters the user can see and change,
 * and the answer is shown as cards that cite the clauses it rests on. Everything is a GET, so an answer
 * can be bookmarked and shared.
 */
@Controller
public class QuestionController {

    private final QuestionParser parser;
    private final QueryGateway queries;
    private final AnswerCards cards;
    private final RegistryReads reads;
    private final AccessPolicy policy;

    public QuestionController(QuestionParser parser, QueryGateway queries, AnswerCards cards, RegistryReads reads,
                              AccessPolicy policy) {
        this.parser = parser;
        this.queries = queries;
        this.cards = cards;
        this.reads = reads;
        this.policy = policy;
    }

    /** {@code filtrert} is set by the filter form: the filters are then taken as given, not re-parsed. */
    @GetMapping("/ansvar")
    public String ask(@RequestParam(name = "sporsmal", required = false) String question,
                      @RequestParam(name = "filtrert", required = false) String filtered,
                      @ModelAttribute("filters") Filters given, Model model) {
        policy.requireRead(CurrentActor.get());
        Filters filters = given;
        if (filtered == null && question != null && !question.isBlank()) {
            ParsedQuestion parsed = parser.parse(question);
            filters = Filters.from(parsed);
            model.addAttribute("notes", parsed.notes());
        }
        model.addAttribute("filters", filters);
        model.addAttribute("question", question);
        model.addAttribute("asked", question != null || filtered != null);
        if (filters.answerable()) {
            ResponsibilityAnswer answer = queries.query(new FindResponsibility(filters.offering(), filters.trust(),
                    filters.municipalities(), filters.dato()), ResponseTypes.instanceOf(ResponsibilityAnswer.class)).join();
            Map<String, Optional<AgreementView>> views = new HashMap<>();
            model.addAttribute("answer", answer);
            model.addAttribute("cards", cards.cards(answer.municipalities(), id -> views.computeIfAbsent(id, reads::agreement)));
        }
        return "responsibility/question";
    }
}
