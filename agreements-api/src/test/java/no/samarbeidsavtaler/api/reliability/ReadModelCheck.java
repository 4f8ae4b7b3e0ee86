package no.samarbeidsavtaler.api.reliability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;

/**
 * Awaits the read side: every agreement's summary must show, as its version, the last sequence number
 * stored for it — not less (an event not applied) and never more (an event applied that was never
 * stored). The wait polls the summary collection directly (an HTTP request costs a bcrypt check, so a
 * pass over hundreds of agreements would measure the password hashing); then a random sample read over
 * HTTP proves the node serves exactly those versions as ETags.
 */
final class ReadModelCheck {

    private static final String READER = "manager";
    /** The summary projection's collection while it was never rebuilt (no rebuild runs in these tests). */
    private static final String SUMMARIES = "agreement_summaries";
    /** Agreements checked over HTTP after the collection matched: each request costs a bcrypt check. */
    private static final int HTTP_SAMPLE = 25;

    private ReadModelCheck() {
    }

    /** Returns how long the read model took to reach the expected versions. */
    static Duration awaitVersions(NodeClient node, String storeUri, Map<String, Long> expected, Duration timeout) {
        Duration caughtUp;
        try (MongoClient client = MongoClients.create(storeUri)) {
            Map<String, Long> seen = new HashMap<>();
            caughtUp = Await.until("read model to reach the stored versions", timeout, () -> {
                seen.clear();
                client.getDatabase(EventAudit.DATABASE).getCollection(SUMMARIES)
                        .find(Filters.in("_id", expected.keySet())).projection(Projections.include("version"))
                        .forEach(d -> seen.put(d.getString("_id"), d.getLong("version")));
                seen.forEach((id, version) -> {
                    if (version > expected.get(id)) {
                        throw new AssertionError(id + " reads version " + version + " but only " + expected.get(id) + " is stored");
                    }
                });
                return seen.equals(expected);
            }, () -> behind(expected, seen));
        }
        List<String> wrong = new ArrayList<>();
        List<String> sample = new ArrayList<>(expected.keySet());
        Collections.shuffle(sample);
        sample.stream().limit(HTTP_SAMPLE).forEach(id -> {
            long version = expected.get(id);
            NodeClient.Reply reply = node.get(READER, "/api/agreements/" + id);
            if (reply.status() != 200 || !("\"" + version + "\"").equals(reply.etag())) {
                wrong.add(id + " expected " + version + " got " + reply.status() + " " + reply.etag());
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError(node.baseUrl() + " serves other versions than its read model: " + wrong);
        }
        return caughtUp;
    }

    private static String behind(Map<String, Long> expected, Map<String, Long> seen) {
        List<String> lagging = expected.entrySet().stream().filter(e -> !e.getValue().equals(seen.get(e.getKey())))
                .map(e -> e.getKey() + " expected " + e.getValue() + " read " + seen.get(e.getKey())).toList();
        return lagging.size() + " of " + expected.size() + " behind, e.g. " + lagging.subList(0, Math.min(5, lagging.size()));
    }

    /**
     * Awaits the agreement views (a second processor): each at the stored version and listing, in its
     * first version, exactly the clauses the stream added, in order, each once. A skipped event would
     * leave a clause out; an event folded twice would list it twice.
     */
    static Duration awaitViews(EventAudit audit, String storeUri, Duration timeout) {
        Map<String, Long> expectedVersions = audit.lastSequences();
        Map<String, List<String>> expectedClauses = audit.clauses();
        try (MongoClient client = MongoClients.create(storeUri)) {
            AgreementViewStore views = new AgreementViewStore(client.getDatabase(EventAudit.DATABASE), ViewCollections.DEFAULT);
            List<String> mismatches = new ArrayList<>();
            return Await.until("agreement views to reach the stored versions", timeout, () -> {
                mismatches.clear();
                Map<String, AgreementView> found = new HashMap<>();
                views.findAll(expectedVersions.keySet()).forEach(v -> found.put(v.agreementId(), v));
                expectedVersions.forEach((id, version) -> {
                    AgreementView view = found.get(id);
                    if (view == null || view.version() != version) {
                        mismatches.add(id + " expected " + version + " read " + (view == null ? null : view.version()));
                    } else {
                        List<String> listed = view.versions().get(0).clauses().stream().map(AgreementView.ClauseView::clauseId).toList();
                        if (!listed.equals(expectedClauses.get(id))) {
                            throw new AssertionError(id + " at version " + version + " lists clauses " + listed
                                    + " but the stream added " + expectedClauses.get(id));
                        }
                    }
                });
                return mismatches.isEmpty();
            }, () -> mismatches.size() + " views behind, e.g. " + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }
}
