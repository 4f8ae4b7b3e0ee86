package no.samarbeidsavtaler.infra.integrity;

/** Progress of a whole-store run: called after each batch of positions. */
@FunctionalInterface
public interface VerificationProgress {

    VerificationProgress NONE = (checkedUpTo, lastPosition) -> {
    };

    /** Positions 1 … {@code checkedUpTo} of 1 … {@code lastPosition} are done. */
    void checked(long checkedUpTo, long lastPosition);
}
