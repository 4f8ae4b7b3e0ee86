package no.samarbeidsavtaler.projections.history;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;

/** The event records of the core's events package, listed from its jar or classes directory. */
final class EventClasses {

    private EventClasses() {
    }

    static List<Class<?>> all() throws IOException, URISyntaxException {
        Path location = Path.of(AgreementEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String dir = AgreementEvent.class.getPackageName().replace('.', '/') + "/";
        List<String> names;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(dir))) {
                names = files.map(p -> dir + p.getFileName()).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                names = jar.stream().map(e -> e.getName()).toList();
            }
        }
        return names.stream()
                .filter(n -> n.startsWith(dir) && n.endsWith(".class") && !n.contains("$")
                        && n.indexOf('/', dir.length()) < 0)
                .<Class<?>>map(n -> load(n.substring(0, n.length() - 6).replace('/', '.')))
                .filter(c -> c.isRecord() && AgreementEvent.class.isAssignableFrom(c))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
