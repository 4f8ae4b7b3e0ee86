package no.samarbeidsavtaler.api.web;

import java.util.HashMap;
import java.util.Map;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.api.web.commands.AggregateVersionInterceptor;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import org.axonframework.messaging.MetaData;

/**
 * The metadata every change command carries (keys of {@code AuditMetaData}, which infra copies onto
 * every event): the actor from the login, the role the change was allowed under, and the reason and
 * case reference from the request body. Nothing here is ever taken from a client-supplied actor field.
 */
public final class ChangeMetaData {

    private ChangeMetaData() {
    }

    public static MetaData of(Actor actor, Role actingAs, ChangeRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetaData.ACTOR_ID, actor.id());
        values.put(AuditMetaData.ACTOR_ROLE, actingAs.metadataValue());
        if (request != null) {
            putIfPresent(values, AuditMetaData.REASON, request.reason());
            putIfPresent(values, AuditMetaData.CASE_REFERENCE, request.caseReference());
        }
        return MetaData.from(values);
    }

    /** The same, for a change of an existing aggregate based on the version the client saw. */
    public static MetaData of(Actor actor, Role actingAs, ChangeRequest request, ExpectedVersion expected) {
        return of(actor, actingAs, request).and(AggregateVersionInterceptor.EXPECTED_VERSION, expected.value());
    }

    private static void putIfPresent(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }
}
