package no.samarbeidsavtaler.projections.rebuild;

import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummaryProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;

/** The Mongo projections of this module, as the rebuilder and the consistency check build them. */
public final class RebuildableProjections {

    private RebuildableProjections() {
    }

    public static List<RebuildableProjection> all() {
        return List.of(agreementSummary(), agreementView());
    }

    /** The live handlers for catch-up; the first pass through {@link AgreementSummaryBulkBuild}. */
    public static RebuildableProjection agreementSummary() {
        return AgreementSummaryProjection.rebuildable()
                .withBulkBuild(active -> new AgreementSummaryBulkBuild(active.get()));
    }

    /**
     * Views plus the two lookup collections, switched together as one generation. The lookups' id lists
     * are sets filled by {@code $addToSet} from parallel segments, so their order is not compared.
     */
    public static RebuildableProjection agreementView() {
        ViewCollections names = ViewCollections.DEFAULT;
        return new RebuildableProjection(AgreementViewProjection.PROCESSING_GROUP,
                List.of(names.views(), names.byTrust(), names.byMunicipality()),
                active -> new AgreementViewProjection(viewStore(active)))
                .withBulkBuild(active -> new AgreementViewBulkBuild(viewStore(active)))
                .withUnorderedFields(Set.of("agreementIds"));
    }

    /**
     * The agreement-view store following a handle: live wiring is
     * {@code viewStore(collections.active(AgreementViewProjection.PROCESSING_GROUP, "agreement_views"))},
     * shared by the projection and every query service reading views.
     */
    public static AgreementViewStore viewStore(ActiveCollection active) {
        return new AgreementViewStore(active.database(), () -> ViewCollections.DEFAULT.withSuffix(active.suffix()));
    }
}
