package no.samarbeidsavtaler.core.agreement.commands;

import java.time.LocalDate;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record one party's signature on an adopted version. */
public record RecordSignature(@TargetAggregateIdentifier String agreementId,
                              int version,
                              PartyRef party,
                              String signatory,
                              LocalDate signedOn) {
}
