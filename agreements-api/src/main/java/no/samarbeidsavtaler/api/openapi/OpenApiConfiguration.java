package no.samarbeidsavtaler.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}), both open
 * without login: they describe the API and hold no data. Using an endpoint from Swagger UI needs a
 * login ("Authorize": HTTP Basic, or a Bearer JWT when OIDC is configured).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM_SCHEMA = "Problem";

    private static final String DESCRIPTION = """
            Registeret over samarbeidsavtaler mellom helseforetak og kommuner, med ansvarsfordelingen \
            for lærings- og mestringstilbud.

            **Innlogging.** HTTP Basic for API-klienter med lokale brukere, eller Bearer-JWT fra HelseID \
            (når OIDC er satt opp). Roller: SECRETARY (registrerer, for tildelte helseforetak/regioner), \
            MANAGER (leser), AUDITOR (leser, historikk; hver lesing logges), ADMIN (drift).

            **Samtidighet.** Hver avtale har en `ETag` (avtalens versjon). Alle endringer krever \
            `If-Match` med ETag-en du sist så: mangler den gir det 428, er den utdatert gir det 412.

            **Idempotens.** `POST` kan ha `Idempotency-Key` (f.eks. en UUID). Samme nøkkel og samme \
            innhold gir det første svaret på nytt (header `Idempotent-Replayed: true`) uten nye \
            hendelser; samme nøkkel med annet innhold gir 422; mens den første fortsatt kjører gir det 409. \
            Nøkler gjelder per bruker i 24 timer.

            **Begrunnelse og saksnummer.** Alle endringer kan ha feltene `reason` (hvorfor) og \
            `caseReference` (saksnummer, f.eks. `2024/1234`) i JSON-innholdet. De lagres i hendelsenes \
            metadata sammen med hvem som gjorde endringen; hvem kommer alltid fra innloggingen, aldri fra innholdet \
            (ukjente felt som `actorId` avvises med 400).

            **Feil** kommer alltid som `application/problem+json` (RFC 9457) med en stabil `type`, norsk \
            `title`, `detail` og feltet det gjelder (`field`, eller `errors` med `field` og `rule`). Brutte \
            forretningsregler har `type` = `https://samarbeidsavtaler.no/problems/` + regelkoden: 422 når \
            innholdet er ugyldig, 409 når det strider mot det som er registrert.""";

    @Bean
    public OpenAPI registryOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Samarbeidsavtaleregisteret").version("v1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Lokale brukere (brukerfil; demobrukere bare med innebygd lager)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("HelseID eller annen OIDC-utsteder, når konfigurert"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    public CommonProblemResponses commonProblemResponses() {
        return new CommonProblemResponses();
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().example("municipalities[2]"))
                .addProperty("rule", new StringSchema().example("municipality-is-known"))
                .addProperty("detail", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://samarbeidsavtaler.no/problems/organisation-number-is-valid"))
                .addProperty("title", new StringSchema().example("Organisasjonsnummeret må ha 9 sifre og gyldig kontrollsiffer (modulus 11)"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("«983974695» er ikke et gyldig organisasjonsnummer"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/agreements"))
                .addProperty("rule", new StringSchema().description("Regelkoden, for brutte forretningsregler"))
                .addProperty("field", new StringSchema().description("Feltet det gjelder").example("healthTrust"))
                .addProperty("errors", new ArraySchema().items(error).description("Alle felt med feil"))
                .addProperty("errorId", new StringSchema().description("Bare ved 500: oppgi til brukerstøtte"));
    }
}
