package no.samarbeidsavtaler.api.ui.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Column;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Entry;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Row;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The matrix as the heat map shows it. Each cell carries a CSS class (colour and pattern), a short
 * visible text and a full sentence for screen readers, so the map never relies on colour alone.
 */
public record MatrixView(List<Header> columns, List<MapRow> rows) {

    public record Header(String key, String shortLabel, String label) {
    }

    public record MapRow(String municipality, String name, List<MapCell> cells) {
    }

    /** @param css one of TRUST, MUNICIPALITY, SHARED, IN_TRANSITION, CONFLICT, GAP, OTHER */
    public record MapCell(String css, String text, String sentence, String url) {
    }

    private static final Map<OfferingCategory, String> CATEGORY = Map.of(
            OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP, "K1", OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP, "K2",
            OfferingCategory.PREVENTIVE_HEALTHY_LIFE, "K3", OfferingCategory.MEETING_PLACE_SELF_HELP, "K4",
            OfferingCategory.INDIVIDUAL_TRAINING, "Ind.");
    private static final Map<PathwayPhase, String> PHASE = Map.of(PathwayPhase.PREVENTION, "forebygg.",
            PathwayPhase.NEWLY_DIAGNOSED, "nydiagn.", PathwayPhase.FOLLOW_UP_OVER_TIME, "oppf.", PathwayPhase.LATER_PHASE, "senere");

    static MatrixView of(ResponsibilityMatrix matrix, PartyNames names, LocalDate date) {
        List<Header> headers = matrix.columns().stream().map(c -> new Header(c.key(), shortLabel(c.cell()), c.label())).toList();
        List<MapRow> rows = new ArrayList<>();
        for (Row row : matrix.rows()) {
            List<MapCell> cells = new ArrayList<>();
            for (int i = 0; i < matrix.columns().size(); i++) {
                cells.add(cell(row, matrix.columns().get(i), row.entries().get(i), matrix.healthTrust(), names, date));
            }
            rows.add(new MapRow(row.municipality(), row.name(), cells));
        }
        return new MatrixView(headers, rows);
    }

    static String shortLabel(Cell cell) {
        List<String> parts = new ArrayList<>();
        parts.add(CATEGORY.get(cell.category()));
        if (cell.condition() != null) {
            parts.add(cell.condition().code());
        }
        if (cell.targetGroup() != null) {
            parts.add(switch (cell.targetGroup()) {
                case PATIENTS -> "pas.";
                case RELATIVES -> "pårør.";
                case CHILDREN_AND_YOUTH -> "barn/unge";
                case PARENTS -> "foreldre";
                case ELDERLY -> "eldre";
                case MINORITY_LANGUAGE -> "minor.";
            });
        }
        if (cell.pathwayPhase() != null) {
            parts.add(PHASE.get(cell.pathwayPhase()));
        }
        return String.join(" ", parts);
    }

    private static MapCell cell(Row row, Column column, Entry entry, String trust, PartyNames names, LocalDate date) {
        String url = UriComponentsBuilder.fromPath("/matrise/celle").queryParam("helseforetak", trust)
                .queryParam("kommune", row.municipality()).queryParam("kolonne", column.key()).queryParam("dato", date)
                .build().encode().toUriString();
        String who = String.join(" og ", entry.parties().stream().map(p -> p.kind() == PartyKind.MUNICIPALITY
                && p.id().equals(row.municipality()) ? row.name() + " kommune" : names.party(p)).distinct().toList());
        return switch (entry.state()) {
            case GAP -> new MapCell("GAP", "Mangler", "Ingen ansvarlig", url);
            case CONFLICT -> new MapCell("CONFLICT", "Konflikt", "Konflikt mellom " + who, url);
            case SHARED -> new MapCell("SHARED", "Delt", "Delt ansvar: " + who, url);
            case IN_TRANSITION -> new MapCell("IN_TRANSITION", "Overgang", "Under overgang: " + who, url);
            case RESPONSIBLE -> entry.parties().isEmpty() ? new MapCell("OTHER", "?", "Ukjent", url)
                    : switch (entry.parties().get(0).kind()) {
                        case HEALTH_TRUST -> new MapCell("TRUST", "HF", who + " har ansvaret", url);
                        case MUNICIPALITY -> new MapCell("MUNICIPALITY", "Kommune", who + " har ansvaret", url);
                        case USER_ORGANISATION -> new MapCell("OTHER", "Org.", who + " har ansvaret", url);
                    };
        };
    }
}
