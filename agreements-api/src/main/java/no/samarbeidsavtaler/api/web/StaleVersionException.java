package no.samarbeidsavtaler.api.web;

/**
 * {@code If-Match} names a representation that cannot be the current one (a weak or non-numeric
 * tag); answered with 412 without asking the aggregate. Real staleness is found by the aggregate.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String detail) {
        super(detail);
    }
}
