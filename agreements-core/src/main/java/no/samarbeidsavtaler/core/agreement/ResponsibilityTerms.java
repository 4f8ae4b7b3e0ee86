package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * What a responsibility assignment says. Stored in events as is, so no validation here.
 *
 * @param municipalities   kommunenummer it applies to; empty means every municipality of the agreement
 * @param conditions       free-text conditions ("når pasienten følges opp i spesialisthelsetjenesten")
 * @param sharedLead       when set, the responsibility is explicitly shared and this party leads
 * @param transitionEndsOn when a municipality takes over from the health trust: the date the trust's
 *                         responsibility ends at the latest, even without a confirmed municipal offering
 */
public record ResponsibilityTerms(Cell cell,
                                  PartyRef party,
                                  ResponsibilityRole role,
                                  List<String> municipalities,
                                  String conditions,
                                  PartyRef sharedLead,
                                  LocalDate transitionEndsOn) {

    public static ResponsibilityTerms of(Cell cell, PartyRef party, ResponsibilityRole role,
                                         List<String> municipalities) {
        return new ResponsibilityTerms(cell, party, role, municipalities, null, null, null);
    }

    public ResponsibilityTerms withConditions(String value) {
        return new ResponsibilityTerms(cell, party, role, municipalities, value, sharedLead, transitionEndsOn);
    }

    public ResponsibilityTerms sharedWith(PartyRef lead) {
        return new ResponsibilityTerms(cell, party, role, municipalities, conditions, lead, transitionEndsOn);
    }

    public ResponsibilityTerms withTransitionEndsOn(LocalDate value) {
        return new ResponsibilityTerms(cell, party, role, municipalities, conditions, sharedLead, value);
    }

    public List<String> municipalitiesOrEmpty() {
        return municipalities == null ? List.of() : municipalities;
    }
}
