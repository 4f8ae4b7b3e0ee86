package no.samarbeidsavtaler.projections.rebuild;

import java.util.List;

/**
 * Result of a {@link ConsistencyCheck}: the live generation against a fresh build from the event store.
 *
 * @param liveSuffix        the generation checked ({@code ""} = default collection names)
 * @param checkedUpTo       global position of the last event in the fresh build, when the token has one
 * @param documentsCompared documents looked at in the first full pass, over all collections
 */
public record ConsistencyReport(String projection,
                                String liveSuffix,
                                Long checkedUpTo,
                                long documentsCompared,
                                List<Discrepancy> discrepancies) {

    public boolean consistent() {
        return discrepancies.isEmpty();
    }

    public enum Kind {
        /** The rebuild has the document, the live collection lacks it. */
        MISSING,
        /** The live collection has a document the rebuild lacks. */
        EXTRA,
        /** Both have it, with different values in {@code fields}. */
        DIFFERENT
    }

    /** @param collection the collection's default name, e.g. {@code agreement_summaries} */
    public record Discrepancy(String collection, String id, Kind kind, List<String> fields) {
    }
}
