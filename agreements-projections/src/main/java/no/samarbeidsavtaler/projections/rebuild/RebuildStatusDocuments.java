package no.samarbeidsavtaler.projections.rebuild;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** {@link RebuildStatus} as stored in its projection's {@code projection_meta} document. */
final class RebuildStatusDocuments {

    private RebuildStatusDocuments() {
    }

    static Document toDocument(RebuildStatus s) {
        return new Document("phase", s.phase().name())
                .append("targetCollection", s.targetCollection())
                .append("previousCollection", s.previousCollection())
                .append("eventsDone", s.eventsDone())
                .append("eventsPerSecond", s.eventsPerSecond())
                .append("position", s.position())
                .append("headPosition", s.headPosition())
                .append("startedAt", date(s.startedAt()))
                .append("finishedAt", date(s.finishedAt()))
                .append("error", s.error());
    }

    static RebuildStatus fromDocument(String projection, Document d) {
        return new RebuildStatus(projection, RebuildPhase.valueOf(d.getString("phase")), d.getString("targetCollection"),
                d.getString("previousCollection"), number(d.get("eventsDone")), d.get("eventsPerSecond", Number.class)
                .doubleValue(), nullableNumber(d.get("position")), nullableNumber(d.get("headPosition")),
                instant(d.getDate("startedAt")), instant(d.getDate("finishedAt")), d.getString("error"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
