package no.samarbeidsavtaler.api.readside;

import org.springframework.http.HttpStatus;

/**
 * A query parameter or path id the read side cannot use. {@code 400} when it is malformed (not a date,
 * not a known enum value, not 9 or 4 digits); {@code 422} when it is well-formed but names nothing the
 * registry knows (an unknown health trust). Always names the parameter, never echoes it into a header.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final HttpStatus status;

    public InvalidParameter(String parameter, String detail) {
        this(parameter, detail, HttpStatus.BAD_REQUEST);
    }

    public InvalidParameter(String parameter, String detail, HttpStatus status) {
        super(detail);
        this.parameter = parameter;
        this.status = status;
    }

    public String parameter() {
        return parameter;
    }

    public HttpStatus status() {
        return status;
    }
}
