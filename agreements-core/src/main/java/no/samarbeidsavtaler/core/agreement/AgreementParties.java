package no.samarbeidsavtaler.core.agreement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/** Who is party to an agreement, as the rules need to see it. */
record AgreementParties(String healthTrust, List<String> municipalities, List<String> contributors) {

    PartyRef trust() {
        return new PartyRef(PartyKind.HEALTH_TRUST, healthTrust);
    }

    boolean isTrust(PartyRef party) {
        return trust().equals(party);
    }

    /** Health trust or one of the municipalities: the parties that adopt and sign. */
    boolean isSigningParty(PartyRef party) {
        return party != null && (isTrust(party)
                || party.kind() == PartyKind.MUNICIPALITY && municipalities.contains(party.id()));
    }

    boolean isContributor(PartyRef party) {
        return party != null && party.kind() == PartyKind.USER_ORGANISATION && contributors.contains(party.id());
    }

    /** The municipalities an assignment covers: its own list, or all of the agreement's when empty. */
    Set<String> coveredBy(ResponsibilityTerms terms) {
        List<String> own = terms.municipalitiesOrEmpty();
        return new LinkedHashSet<>(own.isEmpty() ? municipalities : own);
    }
}
