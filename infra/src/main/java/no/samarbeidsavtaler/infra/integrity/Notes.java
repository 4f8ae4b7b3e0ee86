package no.samarbeidsavtaler.infra.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a run could not prove, said in the report so that "intact" is never read as more than it is. */
final class Notes {

    private Notes() {
    }

    static List<String> forStore(long head, long lastAnchored, long legacyEvents, long pending,
                                 Map<Long, String> trustedAnchors) {
        List<String> notes = new ArrayList<>();
        if (lastAnchored < head) {
            notes.add("Positions " + (lastAnchored + 1) + "-" + head + " are not anchored yet: deleting the newest "
                    + "event of a stream among them would not be detected.");
        }
        common(notes, legacyEvents, pending);
        notes.add(trustedAnchors.isEmpty()
                ? "Anchors live in the same database: a rewrite of events and anchors alike is only caught by "
                + "comparing anchor hashes with copies kept elsewhere (--trusted-anchor)."
                : "Compared with " + trustedAnchors.size() + " anchor hash(es) kept outside the database.");
        return notes;
    }

    static List<String> forAgreement(long events, long unanchoredEvents, long legacyEvents) {
        List<String> notes = new ArrayList<>();
        notes.add("One agreement's stream cannot show the deletion of its newest event(s); the whole-store "
                + "verification checks that against the anchors.");
        if (unanchoredEvents > 0) {
            notes.add(unanchoredEvents + " of " + events + " events are not anchored yet.");
        }
        common(notes, legacyEvents, 0);
        return notes;
    }

    private static void common(List<String> notes, long legacyEvents, long pending) {
        if (legacyEvents > 0) {
            notes.add(legacyEvents + " event(s) from before tamper evidence carry no stream link: once sealed or "
                    + "anchored their content is protected, but nothing proves what happened to them before.");
        }
        if (pending > 0) {
            notes.add(pending + " allocated position(s) had no document yet (appends in flight); not judged.");
        }
    }
}
