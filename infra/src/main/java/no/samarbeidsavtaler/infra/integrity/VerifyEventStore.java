package no.samarbeidsavtaler.infra.integrity;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Command-line verifier (ADR 0003). Prints a report; exit code 0 intact, 1 findings, 2 usage error (also a
 * database without an event store: a mistyped name must not read as "intact"), 3 could not verify (store
 * unreachable, or any other failure: never the JVM's 1).
 *
 * <pre>
 * java -cp samarbeidsavtaleregisteret.jar \
 *   -Dloader.main=no.samarbeidsavtaler.infra.integrity.VerifyEventStore \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --uri mongodb://host:27017 --database samarbeidsavtaler [--agreement id] [--trusted-anchor 12:ab34…]
 * </pre>
 */
public final class VerifyEventStore {

    static final String USAGE = """
            Usage: VerifyEventStore --uri <mongodb connection string> --database <name> [options]
              --agreement <id>              verify one agreement's event stream only
              --trusted-anchor <n>:<hash>   anchor hash recorded outside the database (repeatable)
              --seal-legacy                 first seal documents written before tamper evidence, then anchor
                                            (WRITES to the store; a seal proves nothing about earlier changes)
            Exit codes: 0 intact, 1 findings, 2 usage error, 3 could not verify (e.g. store unreachable)""";

    private VerifyEventStore() {
    }

    public static void main(String[] args) {
        quietLogs();
        System.exit(run(args, System.out, System.err));
    }

    /** The whole command without {@code System.exit}, for tests and embedding. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (MongoClient client = MongoClients.create(options.uri())) {
            MongoDatabase database = client.getDatabase(options.database());
            StoreCollections store = StoreCollections.defaults(database);
            List<String> collections = database.listCollectionNames().into(new ArrayList<>());
            if (!collections.contains(store.events())) {
                err.println("Database " + options.database() + " holds no event store (no '" + store.events()
                        + "' collection; collections: " + collections + ")");
                return 2;
            }
            if (options.sealLegacy()) {
                seal(store, out);
            }
            ChainVerifier verifier = ChainVerifier.forDatabase(database);
            VerificationReport report = options.agreement() != null
                    ? verifier.verifyAgreement(options.agreement())
                    : verifier.verifyStore(new PercentProgress(err), options.trustedAnchors());
            out.print(ReportText.format(report));
            out.flush();
            return report.intact() ? 0 : 1;
        } catch (MongoException e) {
            err.println("Could not verify: " + e.getMessage());
            return 3;
        } catch (RuntimeException e) {
            // Never let an unexpected failure end as the JVM's exit code 1, which would read as "findings".
            err.println("Could not verify: " + e);
            return 3;
        }
    }

    private static void seal(StoreCollections store, PrintStream out) {
        long sealed = new LegacySeal(store).seal(VerificationProgress.NONE);
        out.println("Sealed " + sealed + " legacy document(s).");
        EventStoreAnchorer anchorer = new EventStoreAnchorer(store, Clock.systemUTC(), 1, Duration.ZERO);
        AnchorResult result;
        do {
            result = anchorer.anchorNow();
            out.println("Anchoring: " + result.outcome() + (result.anchor() == null ? ""
                    : " (anchor " + result.anchor().number() + " up to position " + result.anchor().upToPosition()
                    + ", hash " + result.anchor().hash() + ")") + " - " + result.detail());
        } while (result.outcome() == AnchorResult.Outcome.ANCHORED && result.stoppedAt() == null
                && result.anchor().upToPosition() < store.highestAllocated());
    }

    /** Without a logging configuration Logback prints the driver's DEBUG lines; a CLI wants warnings only. */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Parsed arguments. */
    record CliOptions(String uri, String database, String agreement, Map<Long, String> trustedAnchors,
                      boolean sealLegacy) {

        static CliOptions parse(String[] args) {
            String uri = null;
            String database = null;
            String agreement = null;
            boolean seal = false;
            Map<Long, String> trusted = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--uri" -> uri = value(args, ++i, "--uri");
                    case "--database" -> database = value(args, ++i, "--database");
                    case "--agreement" -> agreement = value(args, ++i, "--agreement");
                    case "--seal-legacy" -> seal = true;
                    case "--trusted-anchor" -> {
                        String[] parts = value(args, ++i, "--trusted-anchor").split(":", 2);
                        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("[0-9a-fA-F]{64}")) {
                            throw new IllegalArgumentException("--trusted-anchor takes <number>:<64 hex digits>");
                        }
                        trusted.put(Long.parseLong(parts[0]), parts[1].toLowerCase());
                    }
                    default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
                }
            }
            if (uri == null || database == null) {
                throw new IllegalArgumentException("--uri and --database are required");
            }
            new ConnectionString(uri); // throws IllegalArgumentException on a malformed connection string
            if (agreement != null && !trusted.isEmpty()) {
                throw new IllegalArgumentException("--trusted-anchor applies to the whole-store run, not --agreement");
            }
            return new CliOptions(uri, database, agreement, Map.copyOf(trusted), seal);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }

    /** Prints whole-store progress to stderr in steps of 10 %. */
    private static final class PercentProgress implements VerificationProgress {

        private final PrintStream err;
        private long lastPercent = -1;

        PercentProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void checked(long checkedUpTo, long lastPosition) {
            long percent = lastPosition == 0 ? 100 : checkedUpTo * 100 / lastPosition;
            if (percent / 10 > lastPercent / 10 || lastPercent < 0) {
                err.println("verified " + checkedUpTo + " of " + lastPosition + " positions (" + percent + " %)");
                lastPercent = percent;
            }
        }
    }
}
