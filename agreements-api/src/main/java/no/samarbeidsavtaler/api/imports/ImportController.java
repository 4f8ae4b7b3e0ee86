package no.samarbeidsavtaler.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.samarbeidsavtaler.api.problems.Problems;
import no.samarbeidsavtaler.api.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/imports}: a bundle in the export format, recorded all or nothing. Idempotency-Key works as for other POSTs. */
@RestController
@Tag(name = "Import", description = "Importere avtaler (ADMIN, og SECRETARY for egne helseforetak)")
public class ImportController {

    private final BundleImporter importer;

    public ImportController(BundleImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Importer en pakke med avtaler", description = "Samme format som /api/agreements/{id}/export.json "
            + "(flere avtaler i «agreements»). Hele pakken kontrolleres før noe lagres; feiler én avtale, lagres ingenting, "
            + "og feilen peker på avtalen og feltet (f.eks. agreements[2].commands[5].payload.municipalities).",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, example = "0f6c1c1e-7d55-4a55-9a61-1a0f5d1f2b33"))
    public ResponseEntity<BundleImporter.ImportResult> importBundle(@RequestBody AgreementBundle bundle) {
        return ResponseEntity.status(HttpStatus.CREATED).body(importer.importAll(bundle, CurrentActor.get()));
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
        return Problems.response(e.problem());
    }
}
