package no.samarbeidsavtaler.api.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Bean-validation failures as one 422 problem listing every field with its rule. */
final class ValidationRules {

    private ValidationRules() {
    }

    static ProblemDetail problem(List<Map<String, String>> errors) {
        String detail = errors.size() == 1
                ? "Feltet «" + errors.get(0).get("field") + "»: " + errors.get(0).get("detail")
                : errors.size() + " felt har ugyldige verdier";
        ProblemDetail problem = Problems.of(ProblemType.INVALID_CONTENT, detail,
                errors.size() == 1 ? errors.get(0).get("field") : null);
        problem.setProperty("errors", errors);
        return problem;
    }

    static List<Map<String, String>> errors(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                String[] codes = error.getCodes();
                String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
                errors.add(Map.of("field", String.valueOf(field), "rule", code(code),
                        "detail", String.valueOf(error.getDefaultMessage())));
            }
        });
        return errors;
    }

    /** {@code NotBlank} → {@code not-blank}: a stable, readable rule name for a constraint. */
    static String code(String constraint) {
        if (constraint == null || constraint.isBlank()) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
