package no.samarbeidsavtaler.core.agreement.events;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import org.axonframework.serialization.Revision;

/**
 * An agreement was entered into the registry. Identifiers are kept as the plain strings that were
 * recorded (organisasjonsnummer, kommunenummer), so history never fails a later, stricter check.
 *
 * @param parentAgreementId the overall agreement a sub-agreement or special agreement belongs to
 * @param statutoryPoints   the points 1–13 of helse- og omsorgstjenesteloven § 6-2 it covers
 * @param contributors      user organisations (slugs) named as contributors
 */
@Revision("1")
public record AgreementRegistered(String agreementId,
                                  AgreementKind kind,
                                  String designation,
                                  String title,
                                  String healthTrust,
                                  List<String> municipalities,
                                  String parentAgreementId,
                                  List<Integer> statutoryPoints,
                                  List<String> contributors) implements AgreementEvent {
}
