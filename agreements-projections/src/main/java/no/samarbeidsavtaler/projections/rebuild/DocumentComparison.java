package no.samarbeidsavtaler.projections.rebuild;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/** Top-level field comparison of two documents; nested values compare by (ordered) equality. */
final class DocumentComparison {

    private DocumentComparison() {
    }

    /**
     * Names of the fields whose values differ (absent differs from present, even from null). Fields in
     * {@code unordered} holding arrays compare as multisets.
     */
    static List<String> differingFields(Document live, Document rebuilt, Set<String> ignored, Set<String> unordered) {
        Set<String> names = new TreeSet<>(live.keySet());
        names.addAll(rebuilt.keySet());
        names.removeAll(ignored);
        return names.stream()
                .filter(name -> live.containsKey(name) != rebuilt.containsKey(name)
                        || !equal(live.get(name), rebuilt.get(name), unordered.contains(name)))
                .toList();
    }

    private static boolean equal(Object a, Object b, boolean unordered) {
        if (unordered && a instanceof List<?> left && b instanceof List<?> right) {
            return sorted(left).equals(sorted(right));
        }
        return Objects.equals(a, b);
    }

    private static List<?> sorted(List<?> values) {
        return values.stream().sorted(Comparator.comparing(String::valueOf)).toList();
    }
}
