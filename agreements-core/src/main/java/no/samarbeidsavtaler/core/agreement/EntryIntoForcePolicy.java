package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** When a version may enter into force, and from which date (valid time). */
final class EntryIntoForcePolicy {

    private EntryIntoForcePolicy() {
    }

    static void check(AgreementVersion version, LocalDate effectiveFrom, AgreementParties parties,
                      Optional<AgreementVersion> current) {
        AdoptionPolicy.checkOpenForAdoption(version);
        List<String> missing = missing(version, parties);
        if (!missing.isEmpty()) {
            throw new RuleViolation(AgreementRule.IN_FORCE_REQUIRES_ALL_ADOPTED_AND_SIGNED, "version",
                    "Mangler vedtak eller signatur fra: " + String.join(", ", missing));
        }
        checkDate(version, effectiveFrom);
        current.filter(c -> !effectiveFrom.isAfter(c.effectiveFrom())).ifPresent(c -> {
            throw new RuleViolation(AgreementRule.EFFECTIVE_DATES_FOLLOW_VERSION_ORDER, "effectiveFrom",
                    "Versjon " + c.number() + " gjelder fra " + c.effectiveFrom() + "; en ny versjon må tre i kraft senere");
        });
    }

    static void checkCorrection(AgreementVersion version, LocalDate effectiveFrom, String reason,
                                Optional<AgreementVersion> predecessor, Optional<AgreementVersion> successor) {
        Guards.present(reason, AgreementRule.CORRECTION_HAS_A_REASON, "reason", "Oppgi hvorfor datoen rettes");
        if (version.effectiveFrom() == null) {
            throw new RuleViolation(AgreementRule.CORRECTED_FACT_EXISTS, "version",
                    "Versjon " + version.number() + " har ikke trådt i kraft");
        }
        checkDate(version, effectiveFrom);
        boolean afterPredecessor = predecessor.map(p -> effectiveFrom.isAfter(p.effectiveFrom())).orElse(true);
        boolean beforeSuccessor = successor.map(s -> effectiveFrom.isBefore(s.effectiveFrom())).orElse(true);
        if (!afterPredecessor || !beforeSuccessor) {
            throw new RuleViolation(AgreementRule.EFFECTIVE_DATES_FOLLOW_VERSION_ORDER, "effectiveFrom",
                    "Ikrafttredelsen må ligge mellom forrige og neste versjons ikrafttredelse");
        }
    }

    private static void checkDate(AgreementVersion version, LocalDate effectiveFrom) {
        Guards.present(effectiveFrom, AgreementRule.EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS, "effectiveFrom",
                "Ikrafttredelsesdato mangler");
        version.adoptions().values().stream().map(Adoption::decidedOn).max(LocalDate::compareTo)
                .filter(effectiveFrom::isBefore).ifPresent(last -> {
                    throw new RuleViolation(AgreementRule.EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS, "effectiveFrom",
                            "Ikrafttredelsen " + effectiveFrom + " er før siste vedtak " + last);
                });
    }

    private static List<String> missing(AgreementVersion version, AgreementParties parties) {
        return Stream.concat(Stream.of(parties.healthTrust()),
                        parties.municipalities().stream())
                .filter(id -> !version.adoptions().containsKey(id) || !version.signatures().containsKey(id))
                .toList();
    }
}
