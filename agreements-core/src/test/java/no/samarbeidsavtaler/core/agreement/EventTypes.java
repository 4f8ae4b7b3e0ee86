package no.samarbeidsavtaler.core.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;

/** Finds every class in the events package by listing the compiled classes, so a new event cannot hide. */
final class EventTypes {

    private EventTypes() {
    }

    static List<Class<?>> inEventsPackage() {
        try {
            Path dir = Path.of(AgreementEvent.class.getResource("AgreementEvent.class").toURI()).getParent();
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("AgreementEvent.class"))
                        .sorted()
                        .<Class<?>>map(n -> load(AgreementEvent.class.getPackageName() + "." + n.replace(".class", "")))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
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
