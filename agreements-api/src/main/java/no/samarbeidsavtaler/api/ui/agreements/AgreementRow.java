package no.samarbeidsavtaler.api.ui.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;

/** One line of the agreement list: what it is, between whom, and where its versions stand today. */
public record AgreementRow(String agreementId, String title, AgreementKind kind, String designation, String healthTrust,
                           int municipalities, VersionView inForce, VersionView open, boolean terminated,
                           Instant lastChangedAt) {

    static AgreementRow of(AgreementView view, LocalDate today) {
        VersionView open = view.versions().stream().filter(v -> v.status().isOpen())
                .max(Comparator.comparingInt(VersionView::number)).orElse(null);
        return new AgreementRow(view.agreementId(), view.title(), view.kind(), view.designation(), view.healthTrust(),
                view.municipalities().size(), view.versionInForceOn(today).orElse(null), open,
                !view.activeOn(today), view.lastChangedAt());
    }
}
