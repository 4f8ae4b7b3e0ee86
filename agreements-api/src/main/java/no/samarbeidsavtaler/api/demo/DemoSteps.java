package no.samarbeidsavtaler.api.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/** Builds the command list of one demo agreement version with short, domain-worded steps. */
final class DemoSteps {

    private final String agreementId;
    private final int version;
    private final String healthTrust;
    private final List<String> municipalities;
    private final List<Object> commands = new ArrayList<>();

    DemoSteps(String agreementId, int version, String healthTrust, List<String> municipalities) {
        this.agreementId = agreementId;
        this.version = version;
        this.healthTrust = healthTrust;
        this.municipalities = List.copyOf(municipalities);
    }

    DemoSteps add(Object command) {
        commands.add(command);
        return this;
    }

    DemoSteps clause(String clauseId, String number, String title, String text) {
        return add(new AddClause(agreementId, version, clauseId, number, title, text));
    }

    DemoSteps trust(String clauseId, String suffix, Cell cell, ResponsibilityRole role, String conditions) {
        return assign(clauseId, suffix, ResponsibilityTerms.of(cell, trustRef(), role, List.of()).withConditions(conditions));
    }

    /** Each municipality for its own inhabitants. */
    DemoSteps eachMunicipality(String clauseId, String suffix, Cell cell, ResponsibilityRole role, String conditions) {
        for (String municipality : municipalities) {
            assign(clauseId, suffix + "-" + municipality, ResponsibilityTerms.of(cell,
                    new PartyRef(PartyKind.MUNICIPALITY, municipality), role, List.of(municipality)).withConditions(conditions));
        }
        return this;
    }

    DemoSteps userOrganisation(String clauseId, String slug, Cell cell, ResponsibilityRole role) {
        return assign(clauseId, slug, ResponsibilityTerms.of(cell, new PartyRef(PartyKind.USER_ORGANISATION, slug), role,
                List.of()));
    }

    DemoSteps assign(String clauseId, String suffix, ResponsibilityTerms terms) {
        return add(new AssignResponsibility(agreementId, version, clauseId, clauseId + "-" + suffix, terms));
    }

    /** Negotiated, adopted by every party in one forum (with the given deviations), signed, in force. */
    DemoSteps adoptSignAndPutIntoForce(LocalDate negotiatedOn, AdoptionForum forum, String caseNumber,
                                       LocalDate adoptedOn, LocalDate signedOn, LocalDate inForceFrom,
                                       String deviatingMunicipality, Deviation deviation) {
        add(new MarkVersionNegotiated(agreementId, version, negotiatedOn));
        List<PartyRef> parties = new ArrayList<>(List.of(trustRef()));
        municipalities.forEach(m -> parties.add(new PartyRef(PartyKind.MUNICIPALITY, m)));
        for (PartyRef party : parties) {
            List<Deviation> deviations = party.id().equals(deviatingMunicipality) ? List.of(deviation) : List.of();
            add(new RecordAdoption(agreementId, version, party, forum, caseNumber, adoptedOn, deviations));
        }
        for (PartyRef party : parties) {
            String signatory = party.kind() == PartyKind.HEALTH_TRUST ? "Administrerende direktør" : "Kommunedirektør";
            add(new RecordSignature(agreementId, version, party, signatory, signedOn));
        }
        return add(new PutVersionIntoForce(agreementId, version, inForceFrom));
    }

    PartyRef trustRef() {
        return new PartyRef(PartyKind.HEALTH_TRUST, healthTrust);
    }

    List<Object> commands() {
        return List.copyOf(commands);
    }
}
