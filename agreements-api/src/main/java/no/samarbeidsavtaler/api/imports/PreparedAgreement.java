package no.samarbeidsavtaler.api.imports;

import java.util.List;

/** One bundle item after the structural checks: its commands, deserialised, in order. */
record PreparedAgreement(int index, String agreementId, String healthTrust, List<Object> commands) {
}
