package no.samarbeidsavtaler.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events are a contract: each type's JSON is compared with an approved file
 * {@code events/<EventName>.v1.json}, and the approved (old) JSON must still read into the current type.
 * To approve a NEW event type run once with {@code -Dapprove.new.events=true}; existing files are
 * never overwritten, so an accidental change to a stored shape fails here.
 */
class EventContractTest {

    private static final ObjectMapper JSON = EventJson.mapper();

    static Stream<Class<?>> eventTypes() {
        return EventTypes.inEventsPackage().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void eventJsonMatchesTheApprovedFileAndOldJsonStillReads(Class<?> type) throws IOException, URISyntaxException {
        Object sample = EventSamples.all().get(type);
        assertThat(sample).as("a sample of %s in EventSamples", type.getSimpleName()).isNotNull();
        String file = "/events/" + type.getSimpleName() + ".v" + revision(type) + ".json";
        approveIfNewAndAsked(file, sample);
        try (InputStream approved = getClass().getResourceAsStream(file)) {
            assertThat(approved).as("approved file %s", file).isNotNull();
            JsonNode approvedJson = JSON.readTree(approved);
            assertThat((JsonNode) JSON.valueToTree(sample)).as("JSON of %s", type.getSimpleName()).isEqualTo(approvedJson);
            assertThat(JSON.treeToValue(approvedJson, type)).isEqualTo(sample);
        }
    }

    @Test
    void everyEventTypeIsARevisedRecordWithASample() {
        List<Class<?>> types = EventTypes.inEventsPackage();
        assertThat(types).hasSizeGreaterThanOrEqualTo(19);
        assertThat(types).allSatisfy(type -> {
            assertThat(type.isRecord()).as("%s is a record", type).isTrue();
            assertThat(AgreementEvent.class.isAssignableFrom(type)).as("%s is an AgreementEvent", type).isTrue();
            assertThat(type.getAnnotation(Revision.class)).as("%s has @Revision", type).isNotNull();
            assertThat(EventSamples.all()).containsKey(type);
        });
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }

    private void approveIfNewAndAsked(String file, Object sample) throws IOException, URISyntaxException {
        if (!Boolean.getBoolean("approve.new.events") || getClass().getResource(file) != null) {
            return;
        }
        Path source = Path.of("src/test/resources").resolve(file.substring(1));
        Files.createDirectories(source.getParent());
        Files.writeString(source, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n",
                StandardCharsets.UTF_8);
        throw new AssertionError("Wrote new approved file " + source + ": review it and run again");
    }
}
