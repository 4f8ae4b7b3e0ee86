package no.samarbeidsavtaler.api.ui.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.api.ui.KnownConditions;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editable facet filters of the question page (request parameters in bokmål). Empty means open.
 *
 * @param diagnosespesifikk "ja", "nei" or empty
 * @param kode              ICD-10 code, e.g. E11
 */
public record Filters(OfferingCategory kategori, String diagnosespesifikk, String kode, TargetGroup malgruppe,
                      PathwayPhase fase, String helseforetak, String kommune,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dato) {

    static Filters from(ParsedQuestion parsed) {
        Cell c = parsed.offering();
        return new Filters(c.category(), c.diagnosisSpecific() == null ? "" : c.diagnosisSpecific() ? "ja" : "nei",
                c.condition() == null ? "" : c.condition().code(), c.targetGroup(), c.pathwayPhase(),
                parsed.healthTrust(), parsed.municipalities().isEmpty() ? "" : parsed.municipalities().get(0), parsed.date());
    }

    static Filters empty() {
        return new Filters(null, "", "", null, null, "", "", null);
    }

    Cell offering() {
        Boolean specific = "ja".equals(diagnosespesifikk) ? Boolean.TRUE : "nei".equals(diagnosespesifikk) ? Boolean.FALSE : null;
        Condition condition = kode == null || kode.isBlank() ? null
                : Condition.icd10(kode.strip().toUpperCase(), KnownConditions.label(kode.strip()));
        return new Cell(kategori, specific, condition, malgruppe, fase, null);
    }

    String trust() {
        return helseforetak == null || helseforetak.isBlank() ? null : helseforetak;
    }

    List<String> municipalities() {
        return kommune == null || kommune.isBlank() ? List.of() : List.of(kommune);
    }

    boolean answerable() {
        return trust() != null || !municipalities().isEmpty();
    }
}
