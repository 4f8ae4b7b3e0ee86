package no.samarbeidsavtaler.api.ui.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.security.AccessPolicy;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.projections.regionreports.FindRegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.CellFinding;
import no.samarbeidsavtaler.projections.regionreports.RegionReport;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What a region should look at: gaps, conflicts, transitions, § 6-2 coverage and reviews due. */
@Controller
public class RegionReportController {

    /** Gaps of one offering, with the municipalities that lack it (the report lists one finding per municipality). */
    public record GapGroup(String columnKey, String columnLabel, List<String> municipalities) {
    }

    private final QueryGateway queries;
    private final AccessPolicy policy;

    public RegionReportController(QueryGateway queries, AccessPolicy policy) {
        this.queries = queries;
        this.policy = policy;
    }

    @GetMapping("/rapporter")
    public String report(@RequestParam(name = "helseforetak", required = false) String trust,
                         @RequestParam(name = "dato", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         Model model) {
        Actor actor = CurrentActor.get();
        policy.requireRead(actor);
        String chosen = trust != null && !trust.isBlank() ? trust : actor.healthTrusts().stream().sorted().findFirst().orElse(null);
        LocalDate day = date == null ? LocalDate.now(ResponsibilityQueries.NORWAY) : date;
        model.addAttribute("trust", chosen);
        model.addAttribute("date", day);
        if (chosen != null) {
            RegionReport report = queries.query(new FindRegionReport(chosen, day),
                    ResponseTypes.instanceOf(RegionReport.class)).join();
            model.addAttribute("report", report);
            model.addAttribute("gapGroups", gapGroups(report.gaps()));
        }
        return "reports/region";
    }

    static List<GapGroup> gapGroups(List<CellFinding> gaps) {
        Map<String, GapGroup> groups = new LinkedHashMap<>();
        for (CellFinding gap : gaps) {
            groups.computeIfAbsent(gap.columnKey(), k -> new GapGroup(k, gap.columnLabel(), new ArrayList<>()))
                    .municipalities().add(gap.municipalityName());
        }
        return List.copyOf(groups.values());
    }
}
