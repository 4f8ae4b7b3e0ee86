package no.samarbeidsavtaler.projections.responsibility;

import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * One party in an answer, with the assignment it rests on.
 *
 * @param name from the party catalogue (the id when the catalogue does not know it)
 */
public record PartyInRole(PartyRef party, String name, PartyRole role, Citation citation) {
}
