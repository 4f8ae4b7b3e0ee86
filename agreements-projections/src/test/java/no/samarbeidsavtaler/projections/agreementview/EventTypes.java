package no.samarbeidsavtaler.projections.agreementview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;

/**
 * Every top-level class of the core's events package, found by listing the compiled classes (from the
 * core jar or, in a reactor build, its classes directory), so a new event type cannot hide from the fold.
 */
final class EventTypes {

    private static final String PACKAGE = AgreementEvent.class.getPackageName();

    private EventTypes() {
    }

    static List<Class<?>> inEventsPackage() {
        try {
            Path location = Path.of(AgreementEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String dir = PACKAGE.replace('.', '/') + "/";
            try (Stream<String> names = Files.isDirectory(location) ? listDirectory(location.resolve(dir), dir)
                    : listJar(location)) {
                return names.filter(n -> n.startsWith(dir) && n.endsWith(".class") && !n.contains("$")
                                && n.indexOf('/', dir.length()) < 0 && !n.endsWith("/AgreementEvent.class"))
                        .sorted()
                        .<Class<?>>map(n -> load(n.replace('/', '.').replace(".class", "")))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> listDirectory(Path directory, String prefix) throws IOException {
        return Files.list(directory).map(p -> prefix + p.getFileName());
    }

    private static Stream<String> listJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(e -> e.getName()).toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
