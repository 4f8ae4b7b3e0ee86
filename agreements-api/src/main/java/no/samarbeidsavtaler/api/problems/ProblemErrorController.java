package no.samarbeidsavtaler.api.problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} so errors raised outside Spring MVC (by filters or by the servlet
 * container itself, e.g. an unparseable URL) are problem+json too, without stack traces.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        ProblemType type = ProblemType.genericFor(status);
        ProblemDetail problem;
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            log.error("Unexpected error {} on {}", errorId, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            problem = Problems.of(ProblemType.INTERNAL_ERROR,
                    "Noe gikk galt hos oss. Oppgi feil-ID " + errorId + " om du kontakter brukerstøtte");
            problem.setProperty("errorId", errorId);
        } else {
            problem = Problems.of(type, type == ProblemType.UNKNOWN_ROUTE
                    ? "Det finnes ingen ressurs på denne adressen" : type.title());
            problem.setStatus(status);
        }
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // The container refused the URL itself; there is nothing sensible to echo back.
            }
        }
        return Problems.response(problem);
    }
}
