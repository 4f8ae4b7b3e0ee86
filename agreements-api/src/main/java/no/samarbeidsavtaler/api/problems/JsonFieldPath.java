package no.samarbeidsavtaler.api.problems;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Turns Jackson's location of a bad value into the field notation of our problems: {@code a.b[0].c}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(JsonMappingException e) {
        return of(e.getPath());
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            }
        }
        return field.isEmpty() ? null : field.toString();
    }
}
