package no.samarbeidsavtaler.api.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test classpath for child JVMs, with its class directories ({@code target/classes},
 * {@code target/test-classes}) copied once per test JVM. A build of the same module running meanwhile
 * (a shared working tree) empties those directories while it compiles, and a node started in that moment
 * fails with ClassNotFoundException, which is not what these tests are about.
 */
final class ClasspathSnapshot {

    private static String classPath;

    private ClasspathSnapshot() {
    }

    static synchronized String classPath() {
        if (classPath == null) {
            classPath = snapshot(System.getProperty("java.class.path"));
        }
        return classPath;
    }

    private static String snapshot(String original) {
        try {
            Path root = Files.createTempDirectory("reliability-classpath-");
            List<String> entries = new ArrayList<>();
            int index = 0;
            for (String entry : original.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path copy = root.resolve(index++ + "-" + path.getFileName());
                    copyTree(path, copy);
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
