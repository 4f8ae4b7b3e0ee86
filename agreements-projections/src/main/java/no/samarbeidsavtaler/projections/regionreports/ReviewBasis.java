package no.samarbeidsavtaler.projections.regionreports;

/** Which rule put an agreement on the region report's list of reviews due. */
public enum ReviewBasis {
    /** The parties' agreed review date (revisjonsdato, {@code ReviewDateAgreed}) has passed. */
    AGREED_DATE,
    /**
     * No review date was ever agreed, so the age of the version in force stands in: it entered into
     * force at least the report's review interval ago.
     */
    VERSION_AGE
}
