package no.samarbeidsavtaler.api.web;

/** {@code If-Match} could not be read; answered with 400. */
public class MalformedIfMatchException extends RuntimeException {

    public MalformedIfMatchException(String detail) {
        super(detail);
    }
}
