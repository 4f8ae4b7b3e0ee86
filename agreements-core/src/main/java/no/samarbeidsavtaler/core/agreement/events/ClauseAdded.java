package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** A clause was added to a draft version. */
@Revision("1")
public record ClauseAdded(String agreementId,
                          int version,
                          String clauseId,
                          String number,
                          String title,
                          String text) implements AgreementEvent {
}
