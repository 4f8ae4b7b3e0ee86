package no.samarbeidsavtaler.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of the caller's session, for browser code that calls the API with the session
 * cookie (it must echo the token in the header named here). Clients that send an Authorization
 * header need no token. Open without login: the token is only good together with the session cookie.
 */
@RestController
@Tag(name = "Sesjon")
public class CsrfTokenController {

    public static final String PATH = "/api/csrf-token";

    @GetMapping(PATH)
    @Operation(summary = "CSRF-token for nettleserens sesjon",
            description = "Bare for kall med sesjonscookie; send tokenet i headeren headerName ved endringer.")
    public ResponseEntity<Token> token(CsrfToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Token(token.getHeaderName(), token.getParameterName(), token.getToken()));
    }

    public record Token(String headerName, String parameterName, String token) {
    }
}
