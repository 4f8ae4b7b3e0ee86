package no.samarbeidsavtaler.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * agreements-core approves each event's JSON with its own test mapper; the application stores
 * events with {@link EventSerialization}. Reading every approved file and writing it back with the
 * production mapper must give the approved JSON, or stored history would differ from the contract.
 */
class EventSerializationContractTest {

    private static final Path APPROVED = Path.of("..", "agreements-core", "src", "test", "resources", "events");
    private static final String EVENTS_PACKAGE = "no.samarbeidsavtaler.core.agreement.events.";

    private final ObjectMapper mapper = EventSerialization.objectMapper();

    @TestFactory
    Stream<DynamicTest> productionMapperWritesTheApprovedJsonOfEveryEvent() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(APPROVED)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("approved event files in %s", APPROVED.toAbsolutePath()).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String eventName = file.getFileName().toString().replaceFirst("\\.v\\d+\\.json$", "");
            Class<?> type = Class.forName(EVENTS_PACKAGE + eventName);
            JsonNode approved = mapper.readTree(Files.readString(file));
            Object event = mapper.treeToValue(approved, type);
            JsonNode written = mapper.valueToTree(event);
            assertThat(written).isEqualTo(approved);
        }));
    }
}
