package no.samarbeidsavtaler.projections.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;

/** A cell of the responsibility matrix in plain bokmål, e.g. "diagnosespesifikke gruppetilbud for nydiagnostiserte". */
final class CellPhrases {

    private static final Map<OfferingCategory, String> CATEGORIES = Map.of(
            OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP, "ikke-diagnosespesifikke gruppetilbud",
            OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP, "diagnosespesifikke gruppetilbud",
            OfferingCategory.PREVENTIVE_HEALTHY_LIFE, "frisklivstilbud",
            OfferingCategory.MEETING_PLACE_SELF_HELP, "møteplasser og selvhjelpsgrupper",
            OfferingCategory.INDIVIDUAL_TRAINING, "individuell opplæring");
    private static final Map<TargetGroup, String> TARGET_GROUPS = Map.of(
            TargetGroup.PATIENTS, "pasienter", TargetGroup.RELATIVES, "pårørende",
            TargetGroup.CHILDREN_AND_YOUTH, "barn og unge", TargetGroup.PARENTS, "foreldre",
            TargetGroup.ELDERLY, "eldre", TargetGroup.MINORITY_LANGUAGE, "minoritetsspråklige");
    private static final Map<PathwayPhase, String> PHASES = Map.of(
            PathwayPhase.PREVENTION, "før diagnose", PathwayPhase.NEWLY_DIAGNOSED, "for nydiagnostiserte",
            PathwayPhase.FOLLOW_UP_OVER_TIME, "for oppfølging over tid", PathwayPhase.LATER_PHASE, "i senere fase");

    private CellPhrases() {
    }

    static String describe(Cell cell) {
        if (cell == null) {
            return "alle lærings- og mestringstilbud";
        }
        List<String> parts = new ArrayList<>();
        if (cell.category() != null) {
            parts.add(CATEGORIES.get(cell.category()));
        } else if (cell.diagnosisSpecific() != null) {
            parts.add(cell.diagnosisSpecific() ? "diagnosespesifikke tilbud" : "ikke-diagnosespesifikke tilbud");
        } else {
            parts.add("lærings- og mestringstilbud");
        }
        if (cell.programme() != null) {
            parts.add("«" + cell.programme() + "»");
        }
        if (cell.condition() != null) {
            String label = cell.condition().label() == null ? "" : " " + cell.condition().label();
            parts.add("ved " + cell.condition().code() + label);
        }
        if (cell.targetGroup() != null) {
            parts.add("for " + TARGET_GROUPS.get(cell.targetGroup()));
        }
        if (cell.pathwayPhase() != null) {
            parts.add(PHASES.get(cell.pathwayPhase()));
        }
        if (cell.category() == null && cell.diagnosisSpecific() == null && parts.size() == 1) {
            return "alle lærings- og mestringstilbud";
        }
        return String.join(" ", parts);
    }
}
