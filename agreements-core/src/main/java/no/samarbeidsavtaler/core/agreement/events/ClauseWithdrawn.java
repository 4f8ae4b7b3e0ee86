package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** A clause was taken out of a draft version (with its assignments). */
@Revision("1")
public record ClauseWithdrawn(String agreementId, int version, String clauseId) implements AgreementEvent {
}
