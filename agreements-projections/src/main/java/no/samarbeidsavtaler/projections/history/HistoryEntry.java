package no.samarbeidsavtaler.projections.history;

import java.time.Instant;

/**
 * One recorded event as an auditor reads it.
 *
 * @param position   global position in the event store; {@code null} when the store cannot say
 * @param sequence   sequence number in the agreement's stream (the aggregate version after it)
 * @param type       the event type's simple name, e.g. {@code ClauseAdded}
 * @param recordedAt when the registry recorded it (record time; valid-time dates are in the sentence)
 * @param actorId    who recorded it, from the event's audit metadata
 * @param actorRole  in which capacity, e.g. {@code secretary}
 * @param reason     why, in the user's words
 * @param caseReference the case (saksnummer) the change belongs to
 * @param sentence   what happened, in bokmål
 */
public record HistoryEntry(Long position,
                           long sequence,
                           String type,
                           String eventId,
                           Instant recordedAt,
                           String actorId,
                           String actorRole,
                           String reason,
                           String caseReference,
                           String sentence) {
}
