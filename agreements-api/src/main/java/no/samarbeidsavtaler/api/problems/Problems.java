package no.samarbeidsavtaler.api.problems;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.rules.RuleCode;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the problem documents; every producer of an error (advice, filters, security) goes through here. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail, String field) {
        ProblemDetail problem = of(type, detail);
        if (field != null && !field.isBlank()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * A broken domain rule: 422 when the content is wrong in itself, 409 when it clashes with what is
     * recorded. The type is the rule's stable code under {@link ProblemType#PREFIX}.
     */
    public static ProblemDetail forRule(RuleViolation violation, String fieldPrefix) {
        RuleCode rule = violation.rule();
        HttpStatus status = rule.kind() == RuleCode.Kind.STATE_CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.detail());
        problem.setType(URI.create(ProblemType.PREFIX + violation.code()));
        problem.setTitle(rule.title());
        problem.setProperty("rule", violation.code());
        String field = join(fieldPrefix, violation.field());
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "rule", violation.code(),
                    "detail", violation.detail())));
        }
        return problem;
    }

    /** Always {@code application/problem+json}, whatever the client asked for: errors have one format. */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return response(problem, HttpHeaders.EMPTY);
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String join(String prefix, String field) {
        if (prefix == null || prefix.isBlank()) {
            return field;
        }
        if (field == null || field.isBlank()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
