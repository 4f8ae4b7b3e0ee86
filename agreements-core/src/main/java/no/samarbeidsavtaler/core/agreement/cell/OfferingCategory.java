package no.samarbeidsavtaler.core.agreement.cell;

/**
 * Kind of learning-and-mastery offering. Categories 1–4 are the ones Administrativt samarbeidsutvalg i
 * Østfold (2012, section 3.2) sorted all offerings into; individual training is the one-to-one part
 * of an offering some agreements name separately.
 */
public enum OfferingCategory {
    /** Kategori 1: ikke-diagnosespesifikke gruppetilbud, low threshold, no referral. */
    NON_DIAGNOSIS_SPECIFIC_GROUP,
    /** Kategori 2: diagnosespesifikke gruppetilbud, on referral from a doctor. */
    DIAGNOSIS_SPECIFIC_GROUP,
    /** Kategori 3: forebyggende / friskliv, low threshold, for everyone. */
    PREVENTIVE_HEALTHY_LIFE,
    /** Kategori 4: møteplasser, networks and self-help groups, often run by user organisations. */
    MEETING_PLACE_SELF_HELP,
    /** Individual sessions with a professional, alone or as part of a group offering. */
    INDIVIDUAL_TRAINING
}
