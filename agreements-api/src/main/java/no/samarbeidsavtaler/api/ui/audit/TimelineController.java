package no.samarbeidsavtaler.api.ui.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.api.readside.ReadAccess;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.api.ui.read.RegistryReads;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.history.AgreementHistory;
import no.samarbeidsavtaler.projections.history.FindAgreementHistory;
import no.samarbeidsavtaler.projections.history.HistoryEntry;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agreement's timeline for auditors: what was recorded, when, by whom, in which role, why and under
 * which case. By default the milestones (versions, decisions, signatures, entry into force, corrections);
 * every event on request.
 */
@Controller
public class TimelineController {

    /** Event types that mark the agreement's way through its versions; edits of drafts are the rest. */
    static final Set<String> MILESTONES = Set.of("AgreementRegistered", "DraftVersionOpened", "VersionNegotiated",
            "VersionAdopted", "VersionSigned", "VersionEnteredIntoForce", "VersionSuperseded", "VersionDiscarded",
            "AdoptionCorrected", "SignatureCorrected", "EffectiveDateCorrected", "AgreementTerminated",
            "OfferingEstablishmentConfirmed");

    /** One line of the timeline, with the moment to open the agreement "as recorded" right after it. */
    public record Line(HistoryEntry entry, LocalDateTime recordedAtLocal) {
    }

    private final QueryGateway queries;
    private final RegistryReads reads;
    private final ReadAccess access;

    public TimelineController(QueryGateway queries, RegistryReads reads, ReadAccess access) {
        this.queries = queries;
        this.reads = reads;
        this.access = access;
    }

    @GetMapping("/avtaler/{agreementId}/historikk")
    public String timeline(@PathVariable String agreementId, @RequestParam(name = "alle", required = false) String all,
                           Model model) {
        access.auditor();
        AgreementView agreement = reads.agreement(agreementId)
                .orElseThrow(() -> new PageNotFound("Fant ingen avtale med id " + agreementId));
        AgreementHistory history = queries.query(new FindAgreementHistory(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementHistory.class)).join()
                .orElseThrow(() -> new PageNotFound("Fant ingen historikk for avtalen " + agreementId));
        List<Line> lines = history.entries().stream().filter(e -> all != null || MILESTONES.contains(e.type()))
                .map(e -> new Line(e, LocalDateTime.ofInstant(e.recordedAt(), ResponsibilityQueries.NORWAY))).toList();
        model.addAttribute("agreement", agreement);
        model.addAttribute("lines", lines);
        model.addAttribute("all", all != null);
        model.addAttribute("total", history.entries().size());
        return "audit/timeline";
    }
}
