package no.samarbeidsavtaler.infra.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which commands of mongo-java-server change stored data. Only these pay for a commit: reads must stay
 * cheap. The list follows the commands mongo-java-server 1.47 implements (AbstractMongoDatabase and the
 * admin commands of AbstractMongoBackend); names are compared ignoring case, as the server partly does.
 */
final class WriteCommands {

    private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "findandmodify",
            "create", "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private WriteCommands() {
    }

    static boolean isWrite(String command, Map<String, Object> body) {
        String name = command.toLowerCase(Locale.ROOT);
        return WRITES.contains(name) || name.equals("aggregate") && writesOutput(body);
    }

    /** An aggregation ending in {@code $out} or {@code $merge} writes a collection. */
    private static boolean writesOutput(Map<String, Object> body) {
        if (body.get("pipeline") instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Map<?, ?> map && (map.containsKey("$out") || map.containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
