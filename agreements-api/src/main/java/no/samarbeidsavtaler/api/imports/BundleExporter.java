package no.samarbeidsavtaler.api.imports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samarbeidsavtaler.api.imports.AgreementBundle.BundledAgreement;
import no.samarbeidsavtaler.api.imports.AgreementBundle.BundledCommand;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** An agreement's events turned back into the commands that record them: the bundle {@link BundleImporter} reads. */
@Component
public class BundleExporter {

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public BundleExporter(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        // Events carry a few derived fields (transitionFrom, basedOnVersion) their command does not take.
        // Helper methods such as PartyRef.isMunicipality() are no fields: leave them out, or the strict
        // import (unknown fields refused) could not read its own export.
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }

    /** Empty when the agreement has no events. */
    public Optional<AgreementBundle> export(String agreementId) {
        List<DomainEventMessage<?>> events = AgreementEvents.read(eventStore, agreementId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<BundledCommand> commands = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Class<?> command = CommandTypes.BY_EVENT.get(event.getPayloadType().getSimpleName());
            if (command != null && !CommandTypes.consequence(event.getPayload())) {
                Object converted = json.convertValue(event.getPayload(), command);
                commands.add(new BundledCommand(command.getSimpleName(), json.valueToTree(converted)));
            }
        }
        return Optional.of(new AgreementBundle(AgreementBundle.FORMAT, AgreementBundle.FORMAT_VERSION, clock.instant(),
                List.of(new BundledAgreement(agreementId, List.copyOf(commands)))));
    }
}
