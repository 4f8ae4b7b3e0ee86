package no.samarbeidsavtaler.projections.responsibility;

import java.util.Objects;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;

/**
 * How an assignment's cell answers a question about an offering (the read side's semantics of
 * {@link Cell#covers}, made explicit):
 * <ul>
 *   <li><b>covers</b>: every facet of the assignment is open ({@code null}) or equal to the query's. An open
 *       facet in the query means "the offering in general", so only an assignment open in that facet
 *       covers it. Conditions compare by code system and code (the label is free text and ignored); an
 *       assignment for {@code E11} also covers a query for a sub-code such as {@code E11.6}. Programmes
 *       compare ignoring case and surrounding blanks.</li>
 *   <li><b>specificity</b>: the number of facets the assignment specifies (0–6); the most specific
 *       covering assignment wins.</li>
 *   <li><b>overlaps</b>: every facet is open on one side or equal: the assignment is about part of the
 *       asked offering (reported as "narrower" when it does not cover it).</li>
 *   <li><b>query normalisation</b>: a query naming a condition or category 2 is diagnosis-specific, one
 *       naming category 1 is not, unless the query says otherwise (the core's cell consistency rule).</li>
 * </ul>
 */
public final class OfferingMatch {

    private OfferingMatch() {
    }

    public static Cell normalised(Cell query) {
        if (query.diagnosisSpecific() != null) {
            return query;
        }
        if (query.condition() != null || query.category() == OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP) {
            return query.withDiagnosisSpecific(true);
        }
        return query.category() == OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP ? query.withDiagnosisSpecific(false) : query;
    }

    /** True when the assignment's cell applies to every offering the (normalised) query describes. */
    public static boolean covers(Cell assignment, Cell query) {
        return open(assignment.category(), query.category())
                && open(assignment.diagnosisSpecific(), query.diagnosisSpecific())
                && (assignment.condition() == null || query.condition() != null
                        && conditionCovers(assignment.condition(), query.condition()))
                && open(assignment.targetGroup(), query.targetGroup())
                && open(assignment.pathwayPhase(), query.pathwayPhase())
                && (assignment.programme() == null || query.programme() != null
                        && sameProgramme(assignment.programme(), query.programme()));
    }

    /** True when the two cells can describe a common offering: each facet is open on a side or equal. */
    public static boolean overlaps(Cell assignment, Cell query) {
        return either(assignment.category(), query.category())
                && either(assignment.diagnosisSpecific(), query.diagnosisSpecific())
                && (assignment.condition() == null || query.condition() == null
                        || conditionCovers(assignment.condition(), query.condition())
                        || conditionCovers(query.condition(), assignment.condition()))
                && either(assignment.targetGroup(), query.targetGroup())
                && either(assignment.pathwayPhase(), query.pathwayPhase())
                && (assignment.programme() == null || query.programme() == null
                        || sameProgramme(assignment.programme(), query.programme()));
    }

    public static int specificity(Cell cell) {
        int n = 0;
        for (Object facet : new Object[] {cell.category(), cell.diagnosisSpecific(), cell.condition(),
                cell.targetGroup(), cell.pathwayPhase(), cell.programme()}) {
            n += facet == null ? 0 : 1;
        }
        return n;
    }

    /** Same code system and code, or the specific code is a sub-code ("E11.6" under "E11"). */
    static boolean conditionCovers(Condition general, Condition specific) {
        if (!Objects.equals(general.codeSystem(), specific.codeSystem()) || general.code() == null
                || specific.code() == null) {
            return false;
        }
        String g = general.code().strip().toUpperCase();
        String s = specific.code().strip().toUpperCase();
        return s.equals(g) || s.startsWith(g + ".");
    }

    private static boolean sameProgramme(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean open(Object assignment, Object query) {
        return assignment == null || assignment.equals(query);
    }

    private static boolean either(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }
}
