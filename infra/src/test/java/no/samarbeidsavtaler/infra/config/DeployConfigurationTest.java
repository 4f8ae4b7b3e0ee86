package no.samarbeidsavtaler.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production settings shipped in infra/deploy keep what the code's own defaults give. Axon's Spring Boot
 * configuration applies the settings of a processor named in {@code axon.eventhandling.processors.*} after the
 * registry's defaults, its own property defaults included: a named processor without a mode is a tracking
 * processor, and one without a batch size takes batches of one (Axon 4.12.2, AxonAutoConfiguration).
 */
class DeployConfigurationTest {

    private static final Path PRODUCTION = Path.of("deploy", "application-production.properties");
    private static final Pattern PROCESSOR = Pattern.compile("axon\\.eventhandling\\.processors\\.([^.]+)\\..+");

    @Test
    void everyNamedProcessorIsPooledWithTheRegistrysBatchSize() throws Exception {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(PRODUCTION)) {
            settings.load(reader);
        }
        Set<String> processors = new TreeSet<>();
        for (String key : settings.stringPropertyNames()) {
            Matcher named = PROCESSOR.matcher(key);
            if (named.matches()) {
                processors.add(named.group(1));
            }
        }

        assertThat(processors).as("processors named in " + PRODUCTION).isNotEmpty();
        for (String processor : processors) {
            String prefix = "axon.eventhandling.processors." + processor + ".";
            assertThat(settings.getProperty(prefix + "mode")).as(prefix + "mode").isEqualTo("pooled");
            assertThat(settings.getProperty(prefix + "batch-size")).as(prefix + "batch-size")
                    .isEqualTo(String.valueOf(AxonProcessingConfiguration.PROCESSOR_BATCH_SIZE));
        }
    }
}
