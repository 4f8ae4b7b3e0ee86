package no.samarbeidsavtaler.api.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/**
 * What is wrong with a submitted form, per field, for the error summary at the top of the page and the
 * message next to each field. A rule violation's field is the command's path (e.g.
 * {@code assignment.municipalities[3]}); the form names its inputs after the same paths, so the path
 * without indexes finds the input. Violations of fields the form does not show belong to the whole form.
 */
public final class FormErrors {

    /** One message: the rule's title (what the rule says) and the detail (what was wrong this time). */
    public record Message(String field, String title, String detail) {

        /** The id of the input the message belongs to, for links and {@code aria-describedby}. */
        public String inputId() {
            return field == null ? null : FormErrors.inputId(field);
        }
    }

    private final Map<String, List<Message>> byField = new LinkedHashMap<>();
    private final List<Message> global = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The input id for a field path: {@code assignment.cell.category} → {@code assignment-cell-category}. */
    public static String inputId(String field) {
        return field.replace('.', '-');
    }

    public FormErrors add(String field, String title, String detail) {
        if (field == null) {
            global.add(new Message(null, title, detail));
        } else {
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(field, title, detail));
        }
        return this;
    }

    /** Adds the violation to its field when the form shows that field, else to the whole form. */
    public FormErrors add(RuleViolation violation, Set<String> formFields) {
        String path = commandPath(violation);
        return add(path != null && formFields.contains(path) ? path : null, violation.rule().title(), violation.detail());
    }

    /** For forms whose inputs are not named after the command's paths: the input for each path, if shown. */
    public FormErrors add(RuleViolation violation, Map<String, String> inputsByPath) {
        String path = commandPath(violation);
        return add(path == null ? null : inputsByPath.get(path), violation.rule().title(), violation.detail());
    }

    /** The violation's field without list indexes: {@code deviations[0].text} → {@code deviations.text}. */
    static String commandPath(RuleViolation violation) {
        return violation.field() == null ? null : violation.field().replaceAll("\\[[^\\]]*\\]", "");
    }

    public boolean any() {
        return !byField.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Message> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<Message> global() {
        return List.copyOf(global);
    }

    /** Every message, form-level first, for the error summary. */
    public List<Message> all() {
        List<Message> all = new ArrayList<>(global);
        byField.values().forEach(all::addAll);
        return all;
    }
}
