package no.samarbeidsavtaler.api.web;

/** The request body is larger than {@code agreements.api.max-request-size}; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("Innholdet er større enn grensen på " + limitBytes + " byte");
    }
}
