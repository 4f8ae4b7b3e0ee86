package no.samarbeidsavtaler.core.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRule;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** The rules a new agreement must meet before it is registered. */
final class RegistrationPolicy {

    private RegistrationPolicy() {
    }

    static void check(RegisterAgreement command, PartyCatalogue parties) {
        Guards.identifier(command.agreementId(), "agreementId");
        if (command.kind() == null) {
            throw new RuleViolation(AgreementRule.AGREEMENT_HAS_A_KIND, "kind", "Avtaletype mangler");
        }
        Guards.present(command.title(), AgreementRule.AGREEMENT_HAS_A_TITLE, "title", "Tittel mangler");
        if (command.title().strip().length() > AgreementRule.MAX_TITLE_LENGTH) {
            throw new RuleViolation(AgreementRule.AGREEMENT_TITLE_IS_SHORT, "title",
                    "Tittelen har " + command.title().strip().length() + " tegn; høyst " + AgreementRule.MAX_TITLE_LENGTH + " er tillatt");
        }
        checkKind(command);
        OrganisationNumber trust = parse(() -> new OrganisationNumber(command.healthTrust()), "healthTrust");
        if (parties.healthTrust(trust).isEmpty()) {
            throw new RuleViolation(PartyRule.HEALTH_TRUST_IS_KNOWN, "healthTrust",
                    "Fant ikke helseforetak med organisasjonsnummer " + trust);
        }
        checkMunicipalities(orEmpty(command.municipalities()), parties);
        List<Integer> points = orEmpty(command.statutoryPoints());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            Integer point = points.get(i);
            if (point == null || point < 1 || point > 13) {
                throw new RuleViolation(AgreementRule.STATUTORY_POINTS_ARE_1_TO_13, "statutoryPoints[" + i + "]",
                        "Lovpunkt " + point + " finnes ikke i § 6-2 (1–13)");
            }
            if (!seen.add(point)) {
                throw new RuleViolation(AgreementRule.STATUTORY_POINTS_ARE_1_TO_13, "statutoryPoints[" + i + "]",
                        "Lovpunkt " + point + " er oppgitt mer enn én gang");
            }
        }
        List<String> contributors = orEmpty(command.contributors());
        for (int i = 0; i < contributors.size(); i++) {
            if (parties.userOrganisation(contributors.get(i)).isEmpty()) {
                throw new RuleViolation(PartyRule.USER_ORGANISATION_IS_KNOWN, "contributors[" + i + "]",
                        "Fant ikke brukerorganisasjonen «" + contributors.get(i) + "»");
            }
        }
    }

    private static void checkKind(RegisterAgreement command) {
        switch (command.kind()) {
            case SUB_AGREEMENT -> Guards.present(command.designation(), AgreementRule.SUB_AGREEMENT_HAS_A_DESIGNATION,
                    "designation", "Delavtalen mangler betegnelse (f.eks. «2» eller «f)»)");
            case SPECIAL -> Guards.present(command.parentAgreementId(), AgreementRule.SPECIAL_AGREEMENT_HAS_A_PARENT,
                    "parentAgreementId", "Særavtalen må vise til avtalen den hører under");
            case OVERALL -> {
                if (!Guards.blank(command.parentAgreementId())) {
                    throw new RuleViolation(AgreementRule.OVERALL_AGREEMENT_HAS_NO_PARENT, "parentAgreementId",
                            "En overordnet samarbeidsavtale hører ikke under en annen avtale");
                }
            }
        }
        if (!Guards.blank(command.parentAgreementId())) {
            Guards.identifier(command.parentAgreementId(), "parentAgreementId");
        }
    }

    private static void checkMunicipalities(List<String> municipalities, PartyCatalogue parties) {
        if (municipalities.isEmpty()) {
            throw new RuleViolation(AgreementRule.AGREEMENT_HAS_MUNICIPALITIES, "municipalities",
                    "Avtalen må ha minst én kommune som part");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < municipalities.size(); i++) {
            String field = "municipalities[" + i + "]";
            String raw = municipalities.get(i);
            MunicipalityNumber number = parse(() -> new MunicipalityNumber(raw), field);
            if (parties.municipality(number).isEmpty()) {
                throw new RuleViolation(PartyRule.MUNICIPALITY_IS_KNOWN, field, "Fant ikke kommune med kommunenummer " + number);
            }
            if (!seen.add(raw)) {
                throw new RuleViolation(AgreementRule.MUNICIPALITY_IS_LISTED_ONCE, field, "Kommune " + raw + " er oppgitt flere ganger");
            }
        }
    }

    /** Re-throws a value type's violation with the command field at fault. */
    private static <T> T parse(java.util.function.Supplier<T> parser, String field) {
        try {
            return parser.get();
        } catch (RuleViolation e) {
            throw new RuleViolation(e.rule(), field, e.detail());
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
