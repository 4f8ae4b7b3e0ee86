package no.samarbeidsavtaler.core.party;

/** Whether a municipality is split by grunnkrets between catchment areas (opptaksområder). */
public enum CatchmentSplit {
    /** The whole municipality is in one catchment area. */
    NOT_SPLIT("no"),
    /**
     * Split between hospitals with different organisation numbers: 0301 Oslo (OUS, Ahus and the
     * private Lovisenberg and Diakonhjemmet hospitals) and 3903 Holmestrand (Vestfold, Vestre Viken).
     */
    SPLIT_ACROSS_HOSPITALS("yes"),
    /** Split between local-hospital areas of the same HF, e.g. 4601 Bergen in Helse Bergen. */
    SPLIT_WITHIN_TRUST("within-hf");

    private final String csvValue;

    CatchmentSplit(String csvValue) {
        this.csvValue = csvValue;
    }

    /** Maps the {@code split_municipality} column of opptaksomrader.csv. */
    static CatchmentSplit fromCsv(String value) {
        for (CatchmentSplit split : values()) {
            if (split.csvValue.equals(value)) {
                return split;
            }
        }
        throw new IllegalArgumentException("Ukjent verdi for split_municipality: «" + value + "»");
    }
}
