package no.samarbeidsavtaler.api.ui.responsibility;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibility;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityAnswer;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's responsibility matrix as a heat map, and the drill-down from a cell to the clauses behind it. */
@Controller
public class MatrixController {

    private static final Logger log = LoggerFactory.getLogger(MatrixController.class);

    private final QueryGateway queries;
    private final PartyNames names;
    private final AnswerCards cards;
    private final RegistryReads reads;
    private final AccessPolicy policy;

    public MatrixController(QueryGateway queries, PartyNames names, AnswerCards cards, RegistryReads reads, AccessPolicy policy) {
        this.queries = queries;
        this.names = names;
        this.cards = cards;
        this.reads = reads;
        this.policy = policy;
    }

    @GetMapping("/matrise")
    public String matrix(@RequestParam(name = "helseforetak", required = false) String trust,
                         @RequestParam(name = "dato", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        policy.requireRead(actor);
        String chosen = trust != null && !trust.isBlank() ? trust : actor.healthTrusts().stream().sorted().findFirst().orElse(null);
        LocalDate day = date == null ? LocalDate.now(ResponsibilityQueries.NORWAY) : date;
        model.addAttribute("trust", chosen);
        model.addAttribute("date", day);
        if (chosen != null) {
            long started = System.nanoTime();
            ResponsibilityMatrix matrix = matrix(chosen, day);
            MatrixView view = MatrixView.of(matrix, names, day);
            long micros = (System.nanoTime() - started) / 1000;
            // Server time of the query and the heat map model (rendering follows); also a response header for tools.
            response.setHeader("Server-Timing", "matrix;dur=" + (micros / 1000.0));
            log.info("Ansvarsmatrise {} {}: {} kommuner x {} kolonner på {} ms", chosen, day, matrix.rows().size(),
                    matrix.columns().size(), micros / 1000.0);
            model.addAttribute("matrix", matrix);
            model.addAttribute("view", view);
        }
        return "responsibility/matrix";
    }

    @GetMapping("/matrise/celle")
    public String cell(@RequestParam("helseforetak") String trust, @RequestParam("kommune") String municipality,
                       @RequestParam("kolonne") String columnKey,
                       @RequestParam("dato") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        policy.requireRead(CurrentActor.get());
        ResponsibilityMatrix.Column column = matrix(trust, date).columns().stream().filter(c -> c.key().equals(columnKey))
                .findFirst().orElseThrow(() -> new PageNotFound("Ukjent kolonne i matrisen: " + columnKey));
        ResponsibilityAnswer answer = queries.query(new FindResponsibility(column.cell(), trust, List.of(municipality), date),
                ResponseTypes.instanceOf(ResponsibilityAnswer.class)).join();
        Map<String, Optional<AgreementView>> views = new HashMap<>();
        model.addAttribute("trust", trust);
        model.addAttribute("municipality", municipality);
        model.addAttribute("column", column);
        model.addAttribute("date", date);
        model.addAttribute("cards", cards.cards(answer.municipalities(), id -> views.computeIfAbsent(id, reads::agreement)));
        return "responsibility/cell";
    }

    private ResponsibilityMatrix matrix(String trust, LocalDate date) {
        return queries.query(new FindResponsibilityMatrix(trust, date), ResponseTypes.instanceOf(ResponsibilityMatrix.class)).join();
    }
}
