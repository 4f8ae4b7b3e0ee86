package no.samarbeidsavtaler.core.agreement.cell;

/**
 * A diagnosis an offering is for, e.g. ICD-10 E11 "Diabetes mellitus type 2". Deliberately not
 * validated here: events carry it, and history must never fail a later, stricter check. The code
 * format is checked when a command names it.
 */
public record Condition(CodeSystem codeSystem, String code, String label) {

    public static Condition icd10(String code, String label) {
        return new Condition(CodeSystem.ICD10, code, label);
    }
}
