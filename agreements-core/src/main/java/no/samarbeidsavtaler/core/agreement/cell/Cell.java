package no.samarbeidsavtaler.core.agreement.cell;

/**
 * One cell of the responsibility matrix: which offering an assignment is about. Every facet may be
 * {@code null}, meaning "open" (the clause is general in that respect). Two assignments are about the
 * same cell only when every facet is equal; no wildcard matching happens on the command side.
 *
 * @param diagnosisSpecific {@code null} when the clause does not say
 * @param programme         a named programme such as "KiD", "KiB" or "Lyst på livet"
 */
public record Cell(OfferingCategory category,
                   Boolean diagnosisSpecific,
                   Condition condition,
                   TargetGroup targetGroup,
                   PathwayPhase pathwayPhase,
                   String programme) {

    /** A cell open in every facet: the clause applies to all offerings. */
    public static Cell general() {
        return new Cell(null, null, null, null, null, null);
    }

    public static Cell of(OfferingCategory category) {
        return new Cell(category, null, null, null, null, null);
    }

    public Cell withDiagnosisSpecific(Boolean value) {
        return new Cell(category, value, condition, targetGroup, pathwayPhase, programme);
    }

    public Cell withCondition(Condition value) {
        return new Cell(category, diagnosisSpecific, value, targetGroup, pathwayPhase, programme);
    }

    public Cell withTargetGroup(TargetGroup value) {
        return new Cell(category, diagnosisSpecific, condition, value, pathwayPhase, programme);
    }

    public Cell withPathwayPhase(PathwayPhase value) {
        return new Cell(category, diagnosisSpecific, condition, targetGroup, value, programme);
    }

    public Cell withProgramme(String value) {
        return new Cell(category, diagnosisSpecific, condition, targetGroup, pathwayPhase, value);
    }

    /**
     * True when this (possibly general) cell covers a specific one: every facet is open or equal.
     * For the read side's questions ("who runs newly-diagnosed diabetes courses?"); the command side
     * compares cells by equality.
     */
    public boolean covers(Cell specific) {
        return open(category, specific.category) && open(diagnosisSpecific, specific.diagnosisSpecific)
                && open(condition, specific.condition) && open(targetGroup, specific.targetGroup)
                && open(pathwayPhase, specific.pathwayPhase) && open(programme, specific.programme);
    }

    private static boolean open(Object general, Object specific) {
        return general == null || general.equals(specific);
    }
}
