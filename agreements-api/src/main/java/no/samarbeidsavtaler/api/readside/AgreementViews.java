package no.samarbeidsavtaler.api.readside;

import no.samarbeidsavtaler.api.agreements.AgreementNotFound;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.springframework.stereotype.Component;

/** Agreement views by id (one exact {@code _id} read), with the read side's not-found problems. */
@Component
public class AgreementViews {

    private final ResponsibilityReadModels readModels;
    private final Parameters parameters;

    public AgreementViews(ResponsibilityReadModels readModels, Parameters parameters) {
        this.readModels = readModels;
        this.parameters = parameters;
    }

    public AgreementView view(String agreementId) {
        String id = parameters.agreementId(agreementId);
        return readModels.store().find(id).orElseThrow(() -> new AgreementNotFound(id));
    }

    public VersionView version(AgreementView view, String number) {
        int n = parameters.positive("version", number);
        return view.versionNumbered(n).orElseThrow(() -> new ResourceNotFound("version-not-found", "Fant ikke versjonen",
                "Avtalen " + view.agreementId() + " har ingen versjon " + n + " (den har " + view.versions().size() + ")"));
    }
}
