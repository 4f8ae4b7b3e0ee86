package no.samarbeidsavtaler.api.security;

import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser session (form login, cookie) must send the CSRF token with every change; a request that
 * brings its own Authorization header needs none (covered by every other HTTP test).
 */
@ExtendWith(UsesSharedRegistry.class)
class SessionCsrfTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    static RunningRegistry registry;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aSessionChangeWithoutTheCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
        String loginToken = csrfToken();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=secretary&password=demo&_csrf="
                        + URLEncoder.encode(loginToken, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(send(HttpRequest.newBuilder(uri("/api/agreements/any")).GET()).statusCode())
                .as("the session is logged in").isEqualTo(404);

        HttpResponse<String> withoutToken = send(post(overall(HELSE_FONNA)));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("https://samarbeidsavtaler.no/problems/csrf-token-invalid");

        // Logging in replaces the token; /api/csrf-token hands out the current one.
        HttpResponse<String> withToken = send(post(overall(HELSE_FONNA)).header("X-CSRF-TOKEN", csrfToken()));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    /** Spring Security's request cache ({@link QueryAwareRequestCache}) brings the browser back after the login. */
    @Test
    void aBrowserSentToTheLoginFormComesBackToThePageItAskedFor() throws Exception {
        HttpResponse<String> asked = send(HttpRequest.newBuilder(uri("/avtaler")).header("Accept", "text/html").GET());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=manager&password=demo&_csrf="
                        + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        String back = login.headers().firstValue("Location").orElse("");
        assertThat(back).endsWith("/avtaler?continue");

        HttpResponse<String> page = send(HttpRequest.newBuilder(back.startsWith("http") ? URI.create(back) : uri(back))
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }

    /** The session's current token, as browser code gets it. */
    private String csrfToken() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/csrf-token")).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"headerName\":\"X-CSRF-TOKEN\"");
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private HttpRequest.Builder post(String json) {
        return HttpRequest.newBuilder(uri("/api/agreements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        return URI.create(registry.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
