package no.samarbeidsavtaler.core.agreement.events;

import org.axonframework.serialization.Revision;

/** A clause of a draft version got a new number, title or text. */
@Revision("1")
public record ClauseAmended(String agreementId,
                            int version,
                            String clauseId,
                            String number,
                            String title,
                            String text) implements AgreementEvent {
}
