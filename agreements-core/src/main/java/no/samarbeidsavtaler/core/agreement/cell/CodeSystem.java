package no.samarbeidsavtaler.core.agreement.cell;

import java.util.regex.Pattern;

/** Diagnosis code systems used in Norwegian health care, with the shape of a code in each. */
public enum CodeSystem {
    /** ICD-10 (specialist service): a letter, two digits, optionally a dot and 1–2 more, e.g. E11, G93.3. */
    ICD10(Pattern.compile("[A-Z]\\d{2}(\\.\\d{1,2})?")),
    /** ICPC-2 (primary care): a chapter letter and two digits, e.g. T90, R95. */
    ICPC2(Pattern.compile("[A-Z]\\d{2}"));

    private final Pattern codeFormat;

    CodeSystem(Pattern codeFormat) {
        this.codeFormat = codeFormat;
    }

    public boolean accepts(String code) {
        return code != null && codeFormat.matcher(code).matches();
    }
}
