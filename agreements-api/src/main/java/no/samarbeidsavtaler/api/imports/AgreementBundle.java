package no.samarbeidsavtaler.api.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON bundle format shared by {@code GET /api/agreements/{id}/export.json} and {@code POST /api/imports}:
 * each agreement as the command sequence that records it, in order. Commands rather than a snapshot so an
 * import goes through exactly the rules a secretary's requests go through, and the imported agreement
 * gets a real history. The payload of a command is the command record's JSON (see {@link CommandTypes}).
 */
public record AgreementBundle(String format, Integer formatVersion, Instant exportedAt, List<BundledAgreement> agreements) {

    public static final String FORMAT = "samarbeidsavtaler-bundle";
    public static final int FORMAT_VERSION = 1;

    public record BundledAgreement(String agreementId, List<BundledCommand> commands) {
    }

    /** @param type the command's simple name, e.g. {@code AddClause} */
    public record BundledCommand(String type, JsonNode payload) {
    }
}
