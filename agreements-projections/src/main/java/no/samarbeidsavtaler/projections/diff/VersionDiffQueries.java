package no.samarbeidsavtaler.projections.diff;

import java.util.Optional;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import org.axonframework.queryhandling.QueryHandler;

/** Answers {@link DiffVersions} from the agreement view (one exact {@code _id} read). */
public class VersionDiffQueries {

    private final AgreementViewStore views;

    public VersionDiffQueries(AgreementViewStore views) {
        this.views = views;
    }

    /** Empty when the agreement or either version does not exist. */
    @QueryHandler
    public Optional<VersionDiff> handle(DiffVersions query) {
        return views.find(query.agreementId())
                .flatMap(view -> VersionDiffer.diff(view, query.fromVersion(), query.toVersion()));
    }
}
