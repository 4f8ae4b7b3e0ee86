package no.samarbeidsavtaler.core.agreement;

/**
 * Axon MetaData keys every agreement command carries and every event inherits (infra's
 * CorrelationDataProvider copies them). They are kept out of payloads: payloads hold the facts and
 * their valid time; who recorded them, why and under which case are about the recording.
 */
public final class AuditMetaData {

    /** Who did it (user id). */
    public static final String ACTOR_ID = "actorId";
    /** In which capacity, e.g. "registrar", "lms-coordinator". */
    public static final String ACTOR_ROLE = "actorRole";
    /** Why, in the user's words. */
    public static final String REASON = "reason";
    /** The saksnummer / case the change belongs to. */
    public static final String CASE_REFERENCE = "caseReference";

    public static final java.util.List<String> KEYS = java.util.List.of(ACTOR_ID, ACTOR_ROLE, REASON, CASE_REFERENCE);

    private AuditMetaData() {
    }
}
