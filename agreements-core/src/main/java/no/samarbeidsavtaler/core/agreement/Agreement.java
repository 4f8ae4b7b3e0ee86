package no.samarbeidsavtaler.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRule;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

/** A samarbeidsavtale between one health trust and one or more municipalities. */
@AggregateRoot(type = "Agreement")
public class Agreement {

    @AggregateIdentifier
    private String agreementId;
    private AgreementKind kind;
    private String healthTrust;
    private List<String> municipalities = new ArrayList<>();

    /** For Axon (event sourcing and Jackson snapshots). */
    protected Agreement() {
    }

    @CommandHandler
    public Agreement(RegisterAgreement command, PartyCatalogue parties) {
        if (command.kind() == null) {
            throw new RuleViolation(AgreementRule.AGREEMENT_HAS_A_KIND, "kind", "Avtaletype mangler");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw new RuleViolation(AgreementRule.AGREEMENT_HAS_A_TITLE, "title", "Tittel mangler");
        }
        OrganisationNumber trust = new OrganisationNumber(command.healthTrust());
        if (parties.healthTrust(trust).isEmpty()) {
            throw new RuleViolation(PartyRule.HEALTH_TRUST_IS_KNOWN, "healthTrust",
                    "Fant ikke helseforetak med organisasjonsnummer " + trust);
        }
        List<String> municipalities = command.municipalities() == null ? List.of() : command.municipalities();
        if (municipalities.isEmpty()) {
            throw new RuleViolation(AgreementRule.AGREEMENT_HAS_MUNICIPALITIES, "municipalities",
                    "Avtalen må ha minst én kommune som part");
        }
        for (int i = 0; i < municipalities.size(); i++) {
            MunicipalityNumber number = new MunicipalityNumberField("municipalities[" + i + "]")
                    .parse(municipalities.get(i));
            if (parties.municipality(number).isEmpty()) {
                throw new RuleViolation(PartyRule.MUNICIPALITY_IS_KNOWN, "municipalities[" + i + "]",
                        "Fant ikke kommune med kommunenummer " + number);
            }
        }
        List<Integer> points = command.statutoryPoints() == null ? List.of() : command.statutoryPoints();
        for (int i = 0; i < points.size(); i++) {
            Integer point = points.get(i);
            if (point == null || point < 1 || point > 13) {
                throw new RuleViolation(AgreementRule.STATUTORY_POINTS_ARE_1_TO_13, "statutoryPoints[" + i + "]",
                        "Lovpunkt " + point + " finnes ikke i § 6-2 (1–13)");
            }
        }
        apply(new AgreementRegistered(command.agreementId(), command.kind(), command.designation(),
                command.title().strip(), trust.value(), List.copyOf(municipalities), command.parentAgreementId(),
                List.copyOf(points), command.contributors() == null ? List.of() : List.copyOf(command.contributors())));
    }

    @EventSourcingHandler
    void on(AgreementRegistered event) {
        this.agreementId = event.agreementId();
        this.kind = event.kind();
        this.healthTrust = event.healthTrust();
        this.municipalities = new ArrayList<>(event.municipalities());
    }

    /** Names the field in the error when a kommunenummer in a list is malformed. */
    private record MunicipalityNumberField(String field) {
        MunicipalityNumber parse(String raw) {
            try {
                return new MunicipalityNumber(raw);
            } catch (RuleViolation e) {
                throw new RuleViolation(e.rule(), field, e.detail());
            }
        }
    }
}
