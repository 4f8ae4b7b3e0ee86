package no.samarbeidsavtaler.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a users file:
 * <pre>
 * users:
 *   - username: kari
 *     passwordHash: "$2a$10$…"          # bcrypt, never the password itself
 *     roles: [SECRETARY]
 *     healthTrusts: ["983974694"]        # Helse Fonna HF
 *     regions: ["Helse Vest RHF"]        # all health trusts of the region
 * </pre>
 */
public final class UsersFile {

    private UsersFile() {
    }

    /** The users of the file; none when the resource does not exist and {@code optional} is set. */
    public static List<ConfiguredUser> read(Resource resource, boolean optional) {
        if (!resource.exists()) {
            if (optional) {
                return List.of();
            }
            throw new IllegalStateException("Users file not found: " + resource.getDescription());
        }
        try (InputStream in = resource.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root, resource.getDescription());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read users file " + resource.getDescription(), e);
        }
    }

    static List<ConfiguredUser> parse(Object root, String source) {
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> document) || !(document.get("users") instanceof List<?> entries)) {
            if (root instanceof Map<?, ?> document && document.get("users") == null) {
                return List.of();
            }
            throw new IllegalStateException(source + ": expected a top-level 'users:' list");
        }
        List<ConfiguredUser> users = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> user)) {
                throw new IllegalStateException(source + ": every user must be a mapping");
            }
            users.add(new ConfiguredUser(text(user.get("username")), text(user.get("passwordHash")),
                    texts(user.get("roles")), texts(user.get("healthTrusts")), texts(user.get("regions"))));
        }
        return users;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
