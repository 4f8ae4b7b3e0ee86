package no.samarbeidsavtaler.api.ui.agreements;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;

/**
 * What the version page shows beyond the view: each signing party with its decision and signature, and
 * which lifecycle steps are possible now (the aggregate still decides; this only chooses the buttons).
 */
public record VersionPage(List<PartyProgress> parties, boolean draft, boolean negotiated, boolean readyForForce) {

    /** @param deviations the party's avvik as "Punkt 3: text" */
    public record PartyProgress(PartyRef party, AdoptionView adoption, SignatureView signature, List<String> deviations) {

        public boolean adopted() {
            return adoption != null;
        }

        public boolean signed() {
            return signature != null;
        }

        /** The value of the party field in the lifecycle forms, e.g. {@code MUNICIPALITY:1106}. */
        public String key() {
            return party.kind() + ":" + party.id();
        }
    }

    public static VersionPage of(AgreementView agreement, VersionView version) {
        List<PartyRef> signing = signingParties(agreement);
        List<PartyProgress> progress = new ArrayList<>();
        for (PartyRef party : signing) {
            AdoptionView adoption = version.adoptionBy(party.id()).orElse(null);
            List<String> deviations = adoption == null ? List.of() : adoption.deviations().stream()
                    .map(d -> "Punkt " + version.clause(d.clauseId()).map(c -> c.number()).orElse(d.clauseId()) + ": " + d.text())
                    .toList();
            progress.add(new PartyProgress(party, adoption, version.signatureBy(party.id()).orElse(null), deviations));
        }
        boolean negotiated = version.status() == VersionStatus.NEGOTIATED;
        boolean complete = progress.stream().allMatch(p -> p.adopted() && p.signed());
        boolean active = agreement.terminatedOn() == null;
        return new VersionPage(List.copyOf(progress), active && version.status() == VersionStatus.DRAFT,
                active && negotiated, active && negotiated && complete);
    }

    /** The health trust and the municipalities: the parties that adopt and sign. */
    public static List<PartyRef> signingParties(AgreementView agreement) {
        List<PartyRef> parties = new ArrayList<>();
        parties.add(new PartyRef(PartyKind.HEALTH_TRUST, agreement.healthTrust()));
        agreement.municipalities().forEach(m -> parties.add(new PartyRef(PartyKind.MUNICIPALITY, m)));
        return parties;
    }
}
