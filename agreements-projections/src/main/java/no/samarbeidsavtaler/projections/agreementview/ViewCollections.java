package no.samarbeidsavtaler.projections.agreementview;

/**
 * Names of the collections holding agreement views and their lookup documents. Injectable so a
 * rebuild can fill fresh collections (e.g. {@code DEFAULT.withSuffix("_rebuild_7")}) and readers can
 * switch to them afterwards.
 *
 * @param views          one document per agreement, {@code _id} = agreementId
 * @param byTrust        {@code _id} = health trust orgnr, {@code agreementIds} = ids of its agreements
 * @param byMunicipality {@code _id} = kommunenummer as recorded (historic numbers included),
 *                       {@code agreementIds} = ids of agreements naming it
 */
public record ViewCollections(String views, String byTrust, String byMunicipality) {

    public static final ViewCollections DEFAULT =
            new ViewCollections("agreement_views", "agreements_by_trust", "agreements_by_municipality");

    public ViewCollections withSuffix(String suffix) {
        return new ViewCollections(views + suffix, byTrust + suffix, byMunicipality + suffix);
    }

    /**
     * The set whose views collection has this name: the default set, or, for a name that extends the
     * default views name (e.g. a rebuild's {@code agreement_views__20250101T120000Z}), the default set
     * with the same suffix, so a single "active collection" handle can select all three.
     */
    public static ViewCollections derivedFrom(String viewsCollection) {
        if (!viewsCollection.startsWith(DEFAULT.views())) {
            throw new IllegalArgumentException(viewsCollection + " does not extend " + DEFAULT.views());
        }
        return DEFAULT.withSuffix(viewsCollection.substring(DEFAULT.views().length()));
    }
}
