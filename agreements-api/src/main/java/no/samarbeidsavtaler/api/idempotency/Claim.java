package no.samarbeidsavtaler.api.idempotency;

/** The outcome of trying to take an idempotency key for a request. */
sealed interface Claim {

    /** The key is ours: run the request and store its response. */
    record Acquired() implements Claim {
    }

    /** The key was used before for the same request: answer with its response again. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used before for a different request. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Claim {
    }
}
