package no.samarbeidsavtaler.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.ActorAuthenticationToken;
import no.samarbeidsavtaler.api.security.Role;
import no.samarbeidsavtaler.infra.embedded.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** The filter around a request: a duplicate arriving while the first still runs, and server errors. */
class IdempotencyFilterTest {

    private EmbeddedMongoServer server;
    private MongoClient client;
    private IdempotencyFilter filter;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.startInMemory();
        client = MongoClients.create(server.connectionString());
        IdempotencyStore store = new IdempotencyStore(client.getDatabase("test"),
                new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(2)), Clock.systemUTC());
        filter = new IdempotencyFilter(store, new ProblemResponseWriter(new ObjectMapper()));
        Actor secretary = new Actor("secretary", Set.of(Role.SECRETARY), Set.of("983974694"), Set.of());
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthenticationToken(secretary, null, java.util.List.of()));
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        client.close();
        server.close();
    }

    @Test
    void aDuplicateWhileTheFirstIsStillRunningIs409AndTheFirstCompletes() throws Exception {
        AtomicReference<MockHttpServletResponse> duplicate = new AtomicReference<>();
        FilterChain slowFirst = (request, response) -> {
            // The retry arrives while the first request is still inside the application.
            MockHttpServletResponse retry = new MockHttpServletResponse();
            filter.doFilter(request("k-1", "{\"title\":\"A\"}"), retry, (rq, rs) -> {
                throw new AssertionError("the duplicate must not run");
            });
            duplicate.set(retry);
            created((jakarta.servlet.http.HttpServletResponse) response);
        };

        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(request("k-1", "{\"title\":\"A\"}"), first, slowFirst);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(duplicate.get().getStatus()).isEqualTo(409);
        assertThat(duplicate.get().getContentType()).startsWith("application/problem+json");
        assertThat(duplicate.get().getContentAsString()).contains("idempotency-key-in-use");
    }

    @Test
    void aServerErrorIsNotKeptSoTheRetryRunsAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain failing = (request, response) -> {
            runs.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(503);
        };
        filter.doFilter(request("k-2", "{}"), new MockHttpServletResponse(), failing);

        MockHttpServletResponse retry = new MockHttpServletResponse();
        filter.doFilter(request("k-2", "{}"), retry, (request, response) -> {
            runs.incrementAndGet();
            created((jakarta.servlet.http.HttpServletResponse) response);
        });

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
    }

    @Test
    void aReplayRepeatsStatusHeadersAndBodyAndSaysSo() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain chain = (request, response) -> {
            runs.incrementAndGet();
            created((jakarta.servlet.http.HttpServletResponse) response);
        };
        filter.doFilter(request("k-3", "{}"), new MockHttpServletResponse(), chain);

        MockHttpServletResponse replay = new MockHttpServletResponse();
        filter.doFilter(request("k-3", "{}"), replay, chain);

        assertThat(runs).hasValue(1);
        assertThat(replay.getStatus()).isEqualTo(201);
        assertThat(replay.getHeader("Location")).isEqualTo("/api/agreements/a-1");
        assertThat(replay.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(replay.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replay.getContentAsString()).isEqualTo("{\"agreementId\":\"a-1\"}");
    }

    @Test
    void anUnusableKeyIs400() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request("has spaces", "{}"), response, (rq, rs) -> {
            throw new AssertionError("must not run");
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("invalid-idempotency-key");
    }

    private static MockHttpServletRequest request(String key, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/agreements");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static void created(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(201);
        response.setHeader("Location", "/api/agreements/a-1");
        response.setHeader("ETag", "\"1\"");
        response.setContentType("application/json");
        response.getWriter().write("{\"agreementId\":\"a-1\"}");
    }
}
