package no.samarbeidsavtaler.api.readside;

import java.net.URI;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem documents for the read side's own exceptions. Ordered first so these specific handlers win
 * over the general advice's catch-all; everything else still goes to {@code ProblemDetailsAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadSideProblems {

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter e) {
        ProblemType type = e.status() == HttpStatus.BAD_REQUEST ? ProblemType.INVALID_VALUE : ProblemType.INVALID_CONTENT;
        return Problems.response(Problems.of(type, e.getMessage(), e.parameter()));
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(ProblemType.PREFIX + e.slug()));
        problem.setTitle(e.title());
        return Problems.response(problem);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return Problems.response(Problems.of(ProblemType.MISSING_VALUE,
                "Parameteren «" + e.getParameterName() + "» mangler", e.getParameterName()));
    }
}
