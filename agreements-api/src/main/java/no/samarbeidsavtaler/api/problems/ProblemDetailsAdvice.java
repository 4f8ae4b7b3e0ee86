package no.samarbeidsavtaler.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeidsavtaler.api.agreements.AgreementNotFound;
import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.api.web.MalformedIfMatchException;
import no.samarbeidsavtaler.api.web.PayloadTooLargeException;
import no.samarbeidsavtaler.api.web.PreconditionRequiredException;
import no.samarbeidsavtaler.api.web.StaleVersionException;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error from a controller leaves as RFC 9457 problem+json with a stable {@code type}, a
 * Norwegian title and the field(s) at fault. Spring MVC's own errors (405, 406, 415, unknown route…)
 * get our types and titles in {@link #handleExceptionInternal}; anything unexpected is a 500 that
 * shows an error id and nothing of the internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** Kept for existing callers: the prefix of every problem type. */
    public static final String RULE_TYPE_PREFIX = ProblemType.PREFIX;
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        return Problems.response(Problems.forRule(violation, null));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e, HttpServletRequest request) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getDetails().filter(Throwable.class::isInstance)
                .map(Throwable.class::cast).orElse(null);
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return aggregateNotFound(notFound);
        }
        if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException) {
            return concurrentChange((RuntimeException) cause, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(AgreementNotFound.class)
    ResponseEntity<ProblemDetail> notFound(AgreementNotFound notFound) {
        return Problems.response(Problems.of(ProblemType.AGREEMENT_NOT_FOUND, notFound.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException notFound) {
        return Problems.response(Problems.of(ProblemType.AGREEMENT_NOT_FOUND,
                "Fant ingen avtale med id " + notFound.getAggregateIdentifier()));
    }

    /**
     * The aggregate refused the expected version, or another writer appended first. With an If-Match
     * the client's version is now stale (412); without one it is a plain conflict (409).
     */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e, HttpServletRequest request) {
        if (request.getHeader(ExpectedVersion.HEADER) != null) {
            return Problems.response(Problems.of(ProblemType.STALE_VERSION,
                    "Avtalen er endret etter versjonen i If-Match. Hent den på nytt og bruk den nye ETag-en"));
        }
        return Problems.response(Problems.of(ProblemType.CONCURRENT_CHANGE, "Prøv igjen"));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return Problems.response(Problems.of(ProblemType.PRECONDITION_REQUIRED, e.getMessage(), ExpectedVersion.HEADER));
    }

    @ExceptionHandler(MalformedIfMatchException.class)
    ResponseEntity<ProblemDetail> malformedIfMatch(MalformedIfMatchException e) {
        return Problems.response(Problems.of(ProblemType.MALFORMED_IF_MATCH, e.getMessage(), ExpectedVersion.HEADER));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        return Problems.response(Problems.of(ProblemType.STALE_VERSION, e.getMessage(), ExpectedVersion.HEADER));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException e) {
        return Problems.response(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return Problems.response(Problems.of(ProblemType.FORBIDDEN, e.getMessage()));
    }

    /** The firewall refuses a header or URL only when it is first read: a bad request, not our failure. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return Problems.response(Problems.of(ProblemType.BAD_REQUEST, "Forespørselen inneholder tegn som ikke er tillatt"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(Problems.of(ProblemType.INVALID_VALUE,
                "«" + e.getValue() + "» er ikke en gyldig verdi for «" + e.getName() + "»", e.getName()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = Problems.of(ProblemType.INTERNAL_ERROR,
                "Noe gikk galt hos oss. Oppgi feil-ID " + errorId + " om du kontakter brukerstøtte");
        problem.setProperty("errorId", errorId);
        return Problems.response(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return generic(UnreadableBodyProblems.from(e), headers);
    }

    /** Bean validation of a request body: 422 with every field at fault. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "rule", ValidationRules.code(error.getCode()),
                        "detail", String.valueOf(error.getDefaultMessage())))
                .toList();
        return generic(ValidationRules.problem(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return generic(ValidationRules.problem(ValidationRules.errors(e)), headers);
    }

    /** Spring MVC's own exceptions: keep status and headers (Allow, Accept…), use our type and title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemType type = ProblemType.genericFor(status.value());
        if (status.value() >= 500) {
            log.error("Spring MVC answered {}", status.value(), e);
        }
        ProblemDetail problem = Problems.of(type, StandardDetails.detail(e, type));
        problem.setStatus(status.value());
        return generic(problem, headers);
    }

    private static ResponseEntity<Object> generic(ProblemDetail problem, HttpHeaders headers) {
        ResponseEntity<ProblemDetail> response = Problems.response(problem, headers == null ? HttpHeaders.EMPTY : headers);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }
}
