package no.samarbeidsavtaler.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as problem+json, with a challenge per login method the registry accepts. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;
    private final String realm;
    private final boolean bearer;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, String realm, boolean bearer) {
        this.writer = writer;
        this.realm = realm;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        String detail = "Du må logge inn for å bruke registeret";
        if (bearer) {
            String error = e instanceof OAuth2AuthenticationException ? ", error=\"invalid_token\"" : "";
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"" + error);
        }
        if (e instanceof BadCredentialsException) {
            detail = "Feil brukernavn eller passord";
        } else if (e instanceof OAuth2AuthenticationException) {
            detail = "Tokenet er ugyldig eller utløpt";
        }
        writer.write(request, response, Problems.of(ProblemType.UNAUTHENTICATED, detail));
    }
}
