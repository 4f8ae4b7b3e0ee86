package no.samarbeidsavtaler.api.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.imports.AgreementBundle.BundledAgreement;
import no.samarbeidsavtaler.api.imports.AgreementBundle.BundledCommand;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The structural pass over a whole bundle, before any command is sent: format, ids, command types,
 * payloads (strict JSON: unknown fields refused), every command aimed at its own item's agreement, and
 * (in {@link #requireNew}) no agreement that exists already. The domain rules are checked afterwards by running the commands
 * (see {@link BundleImporter}).
 */
final class BundleValidator {

    static final int MAX_AGREEMENTS = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private final ObjectMapper json;
    private final EventStore eventStore;

    BundleValidator(ObjectMapper json, EventStore eventStore) {
        this.json = json;
        this.eventStore = eventStore;
    }

    List<PreparedAgreement> validate(AgreementBundle bundle) {
        if (!AgreementBundle.FORMAT.equals(bundle.format()) || !Integer.valueOf(AgreementBundle.FORMAT_VERSION).equals(bundle.formatVersion())) {
            throw rejected(ProblemType.INVALID_CONTENT, "Ukjent format: forventet «" + AgreementBundle.FORMAT + "» versjon "
                    + AgreementBundle.FORMAT_VERSION, "format");
        }
        if (bundle.agreements() == null || bundle.agreements().isEmpty() || bundle.agreements().size() > MAX_AGREEMENTS) {
            throw rejected(ProblemType.INVALID_CONTENT, "En pakke må ha 1–" + MAX_AGREEMENTS + " avtaler", "agreements");
        }
        List<PreparedAgreement> prepared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bundle.agreements().size(); i++) {
            prepared.add(item(i, bundle.agreements().get(i), seen));
        }
        return prepared;
    }

    /** After the access check, so nobody learns which ids exist in trusts they may not record for. */
    void requireNew(List<PreparedAgreement> prepared) {
        for (PreparedAgreement p : prepared) {
            if (eventStore.lastSequenceNumberFor(p.agreementId()).isPresent()) {
                ProblemDetail problem = Problems.of(ProblemType.INVALID_CONTENT, "Avtalen " + p.agreementId()
                        + " finnes allerede", "agreements[" + p.index() + "].agreementId");
                problem.setStatus(HttpStatus.CONFLICT);
                throw new ImportRejected(problem);
            }
        }
    }

    private PreparedAgreement item(int i, BundledAgreement item, Set<String> seen) {
        String at = "agreements[" + i + "]";
        if (item == null || item.agreementId() == null || !ID.matcher(item.agreementId()).matches()) {
            throw rejected(ProblemType.INVALID_CONTENT, "Ugyldig avtale-id i avtale nr. " + (i + 1), at + ".agreementId");
        }
        String id = item.agreementId();
        if (!seen.add(id)) {
            throw rejected(ProblemType.INVALID_CONTENT, "Avtale-id " + id + " står to ganger i pakken", at + ".agreementId");
        }
        if (item.commands() == null || item.commands().isEmpty()) {
            throw rejected(ProblemType.INVALID_CONTENT, "Avtale " + id + " har ingen kommandoer", at + ".commands");
        }
        List<Object> commands = new ArrayList<>();
        for (int j = 0; j < item.commands().size(); j++) {
            commands.add(command(at + ".commands[" + j + "]", id, item.commands().get(j)));
        }
        if (!(commands.get(0) instanceof RegisterAgreement register)) {
            throw rejected(ProblemType.INVALID_CONTENT, "Første kommando må være RegisterAgreement", at + ".commands[0].type");
        }
        return new PreparedAgreement(i, id, register.healthTrust(), List.copyOf(commands));
    }

    private Object command(String at, String agreementId, BundledCommand command) {
        Class<?> type = command == null ? null : CommandTypes.command(command.type()).orElse(null);
        if (type == null) {
            String known = CommandTypes.BY_EVENT.values().stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
            throw rejected(ProblemType.INVALID_VALUE, "Ukjent kommandotype; gyldige: " + known, at + ".type");
        }
        if (command.payload() == null || !command.payload().isObject()) {
            throw rejected(ProblemType.MISSING_VALUE, "Kommandoen mangler payload", at + ".payload");
        }
        if (!agreementId.equals(command.payload().path("agreementId").asText(null))) {
            throw rejected(ProblemType.INVALID_CONTENT, "Kommandoen gjelder en annen avtale enn " + agreementId,
                    at + ".payload.agreementId");
        }
        try {
            return json.treeToValue(command.payload(), type);
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()) : "";
            throw rejected(ProblemType.INVALID_VALUE, "Ugyldig innhold i " + type.getSimpleName(), at + ".payload" + path);
        }
    }

    private static ImportRejected rejected(ProblemType type, String detail, String field) {
        return new ImportRejected(Problems.of(type, detail, field));
    }
}
