package no.samarbeidsavtaler.core.agreement.commands;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a new agreement (and implicitly its first draft version) into the registry. */
public record RegisterAgreement(@TargetAggregateIdentifier String agreementId,
                                AgreementKind kind,
                                String designation,
                                String title,
                                String healthTrust,
                                List<String> municipalities,
                                String parentAgreementId,
                                List<Integer> statutoryPoints,
                                List<String> contributors) {
}
