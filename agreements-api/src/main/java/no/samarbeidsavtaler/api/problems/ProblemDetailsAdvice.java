package no.samarbeidsavtaler.api.problems;

import java.net.URI;
import no.samarbeidsavtaler.api.agreements.AgreementNotFound;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 problem+json. A broken domain rule gets the rule's stable code as
 * its {@code type}, its Norwegian title, and the field at fault.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public static final String RULE_TYPE_PREFIX = "https://samarbeidsavtaler.no/problems/";

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, violation.detail());
        problem.setType(URI.create(RULE_TYPE_PREFIX + violation.code()));
        problem.setTitle(violation.rule().title());
        problem.setProperty("rule", violation.code());
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
        }
        return problem;
    }

    @ExceptionHandler(AgreementNotFound.class)
    ProblemDetail notFound(AgreementNotFound notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setType(URI.create(RULE_TYPE_PREFIX + "agreement-not-found"));
        problem.setTitle("Fant ikke avtalen");
        return problem;
    }
}
