package no.samarbeidsavtaler.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import no.samarbeidsavtaler.api.readside.ReadAccess;
import no.samarbeidsavtaler.api.readside.ResourceNotFound;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyCheck;
import no.samarbeidsavtaler.projections.rebuild.ConsistencyReport;
import no.samarbeidsavtaler.projections.rebuild.ProjectionRebuilder;
import no.samarbeidsavtaler.projections.rebuild.RebuildStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projection rebuilds and consistency checks (ADMIN only). A rebuild runs in the background: 202 and a status URL. */
@RestController
@RequestMapping(path = "/api/admin/projections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administrasjon", description = "Gjenoppbygging og kontroll av lesemodeller (ADMIN)")
public class AdminController {

    private final ReadAccess access;
    private final ProjectionRebuilder rebuilder;
    private final ConsistencyCheck consistency;

    public AdminController(ReadAccess access, ProjectionRebuilder rebuilder, ConsistencyCheck consistency) {
        this.access = access;
        this.rebuilder = rebuilder;
        this.consistency = consistency;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Bygg en lesemodell på nytt", description = "Starter i bakgrunnen; den gamle tjener til byttet. "
            + "Svarer 202 med Location til status. Navn: agreement_summaries, agreement_views (se 404-svaret for gyldige).")
    public ResponseEntity<RebuildStatus> rebuild(@Parameter(example = "agreement_views") @PathVariable String name) {
        access.administrator();
        RebuildStatus status = rebuilder.start(known(name));
        return ResponseEntity.accepted().location(statusUri(name)).body(status);
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Status for siste gjenoppbygging", description = "Fase, hendelser behandlet, hendelser per sekund.")
    public RebuildStatus status(@Parameter(example = "agreement_views") @PathVariable String name) {
        access.administrator();
        return rebuilder.status(known(name)).orElseThrow(() -> new ResourceNotFound("rebuild-not-found",
                "Ingen gjenoppbygging", "Lesemodellen " + name + " er ikke bygget på nytt"));
    }

    @PostMapping("/consistency-check")
    @Operation(summary = "Sammenlign lesemodellen med en ny oppbygging fra hendelsene", description = "Kan ta tid: leser hele lageret.")
    public ConsistencyReport check(@Parameter(example = "agreement_views") @PathVariable String name) throws Exception {
        access.administrator();
        return consistency.run(known(name));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> alreadyRunning(IllegalStateException e) {
        return Problems.response(Problems.of(ProblemType.CONCURRENT_CHANGE,
                "En gjenoppbygging av lesemodellen pågår allerede, eller ble avbrutt av en annen"));
    }

    private String known(String name) {
        if (!rebuilder.projectionNames().contains(name)) {
            throw new ResourceNotFound("projection-not-found", "Ukjent lesemodell",
                    "Ukjent lesemodell; gyldige: " + String.join(", ", rebuilder.projectionNames()));
        }
        return name;
    }

    private static URI statusUri(String name) {
        return URI.create("/api/admin/projections/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/rebuild");
    }
}
