package no.samarbeidsavtaler.api.web;

/** A change came without a usable {@code If-Match}; answered with 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String detail) {
        super(detail);
    }
}
