package no.samarbeidsavtaler.api.ui;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import org.springframework.stereotype.Component;

/**
 * Diagnoses that LMS offerings are commonly organised around, with their ICD-10 codes, for the pickers
 * and the question box ({@code @conditions} in templates). Any valid code can still be typed in.
 */
@Component("conditions")
public class KnownConditions {

    /** @param words bokmål words (lower case) that name the condition in a question */
    public record Known(Condition condition, List<String> words) {
    }

    public static final List<Known> ALL = List.of(
            known("E10", "Diabetes mellitus type 1", "type 1-diabetes", "diabetes type 1"),
            known("E11", "Diabetes mellitus type 2", "type 2-diabetes", "diabetes type 2", "diabetes"),
            known("J44", "Kronisk obstruktiv lungesykdom (kols)", "kols"),
            known("J45", "Astma", "astma"),
            known("I50", "Hjertesvikt", "hjertesvikt"),
            known("I20", "Hjertekrampe (angina pectoris)", "hjertekrampe", "angina"),
            known("F32", "Depresjon", "depresjon"),
            known("F41", "Angstlidelser", "angst"),
            known("M06", "Revmatoid artritt", "revmatoid artritt", "leddgikt"),
            known("L40", "Psoriasis", "psoriasis"),
            known("G35", "Multippel sklerose", "multippel sklerose", "ms"),
            known("G40", "Epilepsi", "epilepsi"),
            known("C50", "Brystkreft", "brystkreft"),
            known("E66", "Fedme", "fedme", "overvekt"));

    private static Known known(String code, String label, String... words) {
        return new Known(Condition.icd10(code, label), List.of(words));
    }

    public List<Known> all() {
        return ALL;
    }

    /** The label of a known ICD-10 code, or {@code null}. */
    public static String label(String code) {
        return ALL.stream().filter(k -> k.condition().code().equalsIgnoreCase(code)).findFirst()
                .map(k -> k.condition().label()).orElse(null);
    }
}
