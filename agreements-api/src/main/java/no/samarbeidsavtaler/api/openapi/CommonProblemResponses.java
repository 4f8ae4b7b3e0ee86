package no.samarbeidsavtaler.api.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the error responses every operation can give, so each endpoint only documents its own
 * (e.g. 403 for a region, 409 for a rule conflict). Changes with {@code If-Match} get 412/428.
 */
public class CommonProblemResponses implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            add(responses, "400", "Ugyldig forespørsel: feil JSON, feil type, ukjent verdi eller ukjent felt", Examples.MALFORMED);
            add(responses, "401", "Ikke innlogget", Examples.UNAUTHENTICATED);
            add(responses, "403", "Innlogget, men uten tilgang", Examples.FORBIDDEN);
            add(responses, "406", "Kan ikke svare i formatet Accept ber om", null);
            add(responses, "500", "Uventet feil (uten interne detaljer; med errorId)", null);
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(responses, "413", "Innholdet er større enn grensen (1 MiB som standard)", null);
                add(responses, "415", "Innholdet må være application/json", null);
                add(responses, "422", "Innholdet bryter en regel (type = regelkoden)", Examples.RULE_VIOLATION);
            }
            if (method == PathItem.HttpMethod.POST) {
                add(responses, "409", "Strider mot det som er registrert (type = regelkoden), eller en forespørsel "
                        + "med samme Idempotency-Key kjører fortsatt", Examples.STATE_CONFLICT);
            } else if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(responses, "409", "Strider mot det som er registrert (type = regelkoden)", Examples.STATE_CONFLICT);
            }
            if (hasIfMatch(operation)) {
                add(responses, "412", "If-Match er utdatert: avtalen er endret siden", Examples.STALE);
                add(responses, "428", "If-Match mangler", Examples.IF_MATCH_REQUIRED);
            }
            operation.setResponses(responses);
        }));
    }

    /** Parsed, so the document shows the example as JSON and not as one long string. */
    private static Object json(String example) {
        try {
            return Json.mapper().readTree(example);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Broken example: " + example, e);
        }
    }

    private static boolean hasIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void add(ApiResponses responses, String status, String description, String example) {
        if (responses.containsKey(status)) {
            return;
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA));
        if (example != null) {
            problem.setExamples(Map.of("eksempel", new Example().value(json(example))));
        }
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", problem)));
    }
}
