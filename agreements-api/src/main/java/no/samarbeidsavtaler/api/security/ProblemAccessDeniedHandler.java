package no.samarbeidsavtaler.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 as problem+json. A missing CSRF token on a request that is not logged in at all is really
 * "not authenticated" (an API client that forgot its credentials): that gets the 401 instead.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;
    private final AuthenticationEntryPoint entryPoint;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer, AuthenticationEntryPoint entryPoint) {
        this.writer = writer;
        this.entryPoint = entryPoint;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof CsrfException) {
            if (CurrentActor.find().isEmpty()) {
                entryPoint.commence(request, response, new InsufficientAuthenticationException("No session"));
                return;
            }
            writer.write(request, response, Problems.of(ProblemType.CSRF_TOKEN_INVALID,
                    "Endringer fra nettleseren må ha gyldig CSRF-token (skjemafeltet _csrf eller headeren X-CSRF-TOKEN)"));
            return;
        }
        writer.write(request, response, Problems.of(ProblemType.FORBIDDEN, "Du har ikke tilgang til dette"));
    }
}
