package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.commands.CorrectAdoption;
import no.samarbeidsavtaler.core.agreement.commands.CorrectSignature;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Rules for recording and correcting each party's adoption (vedtak) and signature. */
final class AdoptionPolicy {

    private AdoptionPolicy() {
    }

    static void checkOpenForAdoption(AgreementVersion version) {
        if (version.status() != VersionStatus.NEGOTIATED) {
            throw new RuleViolation(AgreementRule.VERSION_IS_OPEN_FOR_ADOPTION, "version",
                    "Versjon " + version.number() + " har status " + version.status() + ", ikke forhandlet");
        }
    }

    static void checkAdoption(AgreementVersion version, RecordAdoption c, AgreementParties parties) {
        checkOpenForAdoption(version);
        checkParty(c.party(), parties);
        Guards.present(c.forum(), AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "forum", "Vedtaksorgan mangler");
        Guards.present(c.caseNumber(), AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "caseNumber", "Saksnummer mangler");
        Guards.present(c.decidedOn(), AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "decidedOn", "Vedtaksdato mangler");
        if (version.adoptions().containsKey(c.party().id())) {
            throw new RuleViolation(AgreementRule.PARTY_ADOPTS_ONCE, "party",
                    c.party().id() + " har allerede vedtatt versjon " + version.number());
        }
        List<Deviation> deviations = RegistrationPolicy.orEmpty(c.deviations());
        if (!deviations.isEmpty() && c.party().kind() != PartyKind.MUNICIPALITY) {
            throw new RuleViolation(AgreementRule.DEVIATION_IS_RECORDED_BY_A_MUNICIPALITY, "deviations[0]",
                    "Avvik gjelder én kommune; " + c.party() + " er ikke en kommune");
        }
        for (int i = 0; i < deviations.size(); i++) {
            Deviation deviation = deviations.get(i);
            if (deviation == null || version.activeClause(deviation.clauseId()).isEmpty() || Guards.blank(deviation.text())) {
                throw new RuleViolation(AgreementRule.DEVIATION_NAMES_A_CLAUSE_OF_THE_VERSION, "deviations[" + i + "]",
                        "Avviket må vise til et punkt i versjon " + version.number() + " og beskrive avviket");
            }
        }
    }

    static void checkSignature(AgreementVersion version, RecordSignature c, AgreementParties parties) {
        checkOpenForAdoption(version);
        checkParty(c.party(), parties);
        Guards.present(c.signatory(), AgreementRule.SIGNATURE_HAS_SIGNATORY_AND_DATE, "signatory", "Signatar mangler");
        Guards.present(c.signedOn(), AgreementRule.SIGNATURE_HAS_SIGNATORY_AND_DATE, "signedOn", "Signeringsdato mangler");
        if (version.signatures().containsKey(c.party().id())) {
            throw new RuleViolation(AgreementRule.PARTY_SIGNS_ONCE, "party",
                    c.party().id() + " har allerede signert versjon " + version.number());
        }
        checkSignedAfterAdoption(version, c.party(), c.signedOn(), "signedOn");
    }

    static void checkAdoptionCorrection(AgreementVersion version, CorrectAdoption c) {
        Guards.present(c.reason(), AgreementRule.CORRECTION_HAS_A_REASON, "reason", "Oppgi hvorfor vedtaket rettes");
        if (c.party() == null || !version.adoptions().containsKey(c.party().id())) {
            throw new RuleViolation(AgreementRule.CORRECTED_FACT_EXISTS, "party",
                    "Det er ikke registrert vedtak for " + c.party() + " i versjon " + version.number());
        }
        Guards.present(c.caseNumber(), AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "caseNumber", "Saksnummer mangler");
        Guards.present(c.decidedOn(), AgreementRule.ADOPTION_HAS_FORUM_CASE_AND_DATE, "decidedOn", "Vedtaksdato mangler");
        Signature signature = version.signatures().get(c.party().id());
        if (signature != null && signature.signedOn().isBefore(c.decidedOn())) {
            throw new RuleViolation(AgreementRule.SIGNATURE_REQUIRES_ADOPTION, "decidedOn",
                    "Vedtaksdatoen kan ikke være etter signeringen " + signature.signedOn());
        }
        if (version.effectiveFrom() != null && version.effectiveFrom().isBefore(c.decidedOn())) {
            throw new RuleViolation(AgreementRule.EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS, "decidedOn",
                    "Vedtaksdatoen kan ikke være etter ikrafttredelsen " + version.effectiveFrom());
        }
    }

    static void checkSignatureCorrection(AgreementVersion version, CorrectSignature c) {
        Guards.present(c.reason(), AgreementRule.CORRECTION_HAS_A_REASON, "reason", "Oppgi hvorfor signaturen rettes");
        if (c.party() == null || !version.signatures().containsKey(c.party().id())) {
            throw new RuleViolation(AgreementRule.CORRECTED_FACT_EXISTS, "party",
                    "Det er ikke registrert signatur for " + c.party() + " i versjon " + version.number());
        }
        Guards.present(c.signatory(), AgreementRule.SIGNATURE_HAS_SIGNATORY_AND_DATE, "signatory", "Signatar mangler");
        Guards.present(c.signedOn(), AgreementRule.SIGNATURE_HAS_SIGNATORY_AND_DATE, "signedOn", "Signeringsdato mangler");
        checkSignedAfterAdoption(version, c.party(), c.signedOn(), "signedOn");
    }

    private static void checkParty(PartyRef party, AgreementParties parties) {
        if (!parties.isSigningParty(party)) {
            throw new RuleViolation(AgreementRule.PARTY_BELONGS_TO_AGREEMENT, "party", party + " er ikke part i avtalen");
        }
    }

    private static void checkSignedAfterAdoption(AgreementVersion version, PartyRef party, LocalDate signedOn, String field) {
        Adoption adoption = version.adoptions().get(party.id());
        if (adoption == null || signedOn.isBefore(adoption.decidedOn())) {
            throw new RuleViolation(AgreementRule.SIGNATURE_REQUIRES_ADOPTION, field, adoption == null
                    ? party.id() + " har ikke vedtatt versjon " + version.number() + " ennå"
                    : "Signeringen kan ikke være før vedtaket " + adoption.decidedOn());
        }
    }
}
