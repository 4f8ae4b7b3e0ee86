package no.samarbeidsavtaler.infra.integrity;

/**
 * What one anchoring run did.
 *
 * @param outcome   see {@link Outcome}
 * @param anchor    the anchor written (ANCHORED), else the newest existing one (may be null)
 * @param stoppedAt the position the run could not anchor (a gap still being written, or a document whose
 *                  stored hash does not match its content), or null when it reached the counter
 * @param detail    in words, for the log
 */
public record AnchorResult(Outcome outcome, Anchor anchor, Long stoppedAt, String detail) {

    public enum Outcome {
        /** A new anchor was written. */
        ANCHORED,
        /** Nothing new since the last anchor, or not due yet ({@code anchorIfDue}). */
        NOTHING_TO_DO,
        /** Another anchorer wrote the same anchor number first; nothing was written. */
        LOST_RACE,
        /** The next position cannot be anchored (see {@code stoppedAt}) or the anchor chain is damaged. */
        BLOCKED
    }
}
