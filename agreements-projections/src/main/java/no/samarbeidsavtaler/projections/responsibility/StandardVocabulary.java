package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.core.agreement.cell.OfferingCategory.*;
import static no.samarbeidsavtaler.core.agreement.cell.PathwayPhase.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Column;

/**
 * The offerings every region is checked against (matrix columns and gap report), after the four
 * categories of Administrativt samarbeidsutvalg i Østfold (2012, section 3.2) and the pathway phases.
 * Each cell is concrete, so a general assignment and a specific one can both cover it:
 * <ul>
 *   <li>kategori 1, group offerings without diagnosis: each target group × follow-up over time;</li>
 *   <li>kategori 2, diagnosis-specific group offerings: each target group × newly diagnosed and
 *       follow-up over time;</li>
 *   <li>kategori 3, friskliv: prevention, for everyone (no target group);</li>
 *   <li>kategori 4, meeting places and self-help: follow-up over time, for everyone;</li>
 *   <li>individual training: patients, follow-up over time;</li>
 *   <li>plus, for each condition the region's in-force agreements mention, kategori 2 for patients ×
 *       newly diagnosed and follow-up over time with that condition.</li>
 * </ul>
 * 6 + 12 + 3 = 21 fixed cells, plus 2 per condition. Programmes are not columns: they name single
 * offerings, not a kind of offering every municipality should have.
 */
public final class StandardVocabulary {

    private StandardVocabulary() {
    }

    public static List<Column> columns(Collection<Condition> conditionsMentioned) {
        List<Column> columns = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            columns.add(column(Cell.of(NON_DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(false)
                    .withTargetGroup(group).withPathwayPhase(FOLLOW_UP_OVER_TIME)));
        }
        for (TargetGroup group : TargetGroup.values()) {
            for (PathwayPhase phase : List.of(NEWLY_DIAGNOSED, FOLLOW_UP_OVER_TIME)) {
                columns.add(column(Cell.of(DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true)
                        .withTargetGroup(group).withPathwayPhase(phase)));
            }
        }
        columns.add(column(Cell.of(PREVENTIVE_HEALTHY_LIFE).withDiagnosisSpecific(false).withPathwayPhase(PREVENTION)));
        columns.add(column(Cell.of(MEETING_PLACE_SELF_HELP).withPathwayPhase(FOLLOW_UP_OVER_TIME)));
        columns.add(column(Cell.of(INDIVIDUAL_TRAINING).withTargetGroup(TargetGroup.PATIENTS)
                .withPathwayPhase(FOLLOW_UP_OVER_TIME)));
        for (Condition condition : distinct(conditionsMentioned)) {
            for (PathwayPhase phase : List.of(NEWLY_DIAGNOSED, FOLLOW_UP_OVER_TIME)) {
                columns.add(column(Cell.of(DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true).withCondition(condition)
                        .withTargetGroup(TargetGroup.PATIENTS).withPathwayPhase(phase)));
            }
        }
        return List.copyOf(columns);
    }

    /** One condition per code system and code, in code order; the first label seen is kept. */
    private static List<Condition> distinct(Collection<Condition> conditions) {
        Map<String, Condition> byCode = new LinkedHashMap<>();
        conditions.stream().filter(c -> c != null && c.code() != null)
                .sorted((a, b) -> key(a).compareTo(key(b)))
                .forEach(c -> byCode.putIfAbsent(key(c), c));
        return List.copyOf(byCode.values());
    }

    private static String key(Condition c) {
        return c.codeSystem() + ":" + c.code().strip().toUpperCase();
    }

    static Column column(Cell cell) {
        List<String> key = new ArrayList<>();
        List<String> label = new ArrayList<>();
        key.add(cell.category().name());
        label.add(CATEGORY_LABELS.get(cell.category()));
        if (cell.targetGroup() != null) {
            key.add(cell.targetGroup().name());
            label.add(TARGET_GROUP_LABELS.get(cell.targetGroup()));
        }
        key.add(cell.pathwayPhase().name());
        label.add(PHASE_LABELS.get(cell.pathwayPhase()));
        if (cell.condition() != null) {
            key.add(key(cell.condition()));
            label.add(cell.condition().code() + (cell.condition().label() == null ? "" : " " + cell.condition().label()));
        }
        return new Column(String.join("/", key), String.join(" · ", label), cell);
    }

    private static final Map<OfferingCategory, String> CATEGORY_LABELS = Map.of(
            NON_DIAGNOSIS_SPECIFIC_GROUP, "Kategori 1: ikke-diagnosespesifikke grupper",
            DIAGNOSIS_SPECIFIC_GROUP, "Kategori 2: diagnosespesifikke grupper",
            PREVENTIVE_HEALTHY_LIFE, "Kategori 3: forebyggende/friskliv",
            MEETING_PLACE_SELF_HELP, "Kategori 4: møteplasser og selvhjelp",
            INDIVIDUAL_TRAINING, "Individuell opplæring");
    private static final Map<TargetGroup, String> TARGET_GROUP_LABELS = Map.of(
            TargetGroup.PATIENTS, "pasienter", TargetGroup.RELATIVES, "pårørende",
            TargetGroup.CHILDREN_AND_YOUTH, "barn og unge", TargetGroup.PARENTS, "foreldre",
            TargetGroup.ELDERLY, "eldre", TargetGroup.MINORITY_LANGUAGE, "minoritetsspråklige");
    private static final Map<PathwayPhase, String> PHASE_LABELS = Map.of(
            PREVENTION, "før diagnose", NEWLY_DIAGNOSED, "nydiagnostisert",
            FOLLOW_UP_OVER_TIME, "oppfølging over tid", LATER_PHASE, "senere fase");
}
