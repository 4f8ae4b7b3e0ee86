package no.samarbeidsavtaler.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import no.samarbeidsavtaler.api.RunningRegistry;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests refused before Spring MVC — by Tomcat while parsing, by Spring Security's firewall, or by a
 * filter's {@code sendError} — still answer RFC 9457 problem+json, over a raw socket so the bytes
 * Tomcat objects to go out as written. The details name the fault but never repeat the input.
 */
class ProblemErrorReportValveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEND_ERROR_PATH = "/test-only/send-error";

    @TempDir
    static Path dataDirectory;
    static RunningRegistry registry;
    static int port;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDirectory, new Class<?>[] {TestOnlyBeans.class},
                "--agreements.demo-data.enabled=false");
        port = java.net.URI.create(registry.baseUrl()).getPort();
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void anEncodedSlashIs400ProblemNamingIt() throws IOException {
        Raw response = send("GET /api/agreements/a%2fb/export.json HTTP/1.1\r\n");

        JsonNode problem = response.problem(400, "bad-request");
        assertThat(problem.get("detail").asText()).contains("kodet skråstrek (%2F)");
    }

    @Test
    void traversalBackslashNulAndBrokenUtf8AreEachNamed() throws IOException {
        assertThat(send("GET /api/agreements/../../../etc/passwd HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("../");
        assertThat(send("GET /api/agreements/..%5c..%5cwin.ini HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("%5C");
        assertThat(send("GET /api/agreements/abc%00def/view HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("NUL");
        assertThat(send("GET /api/agreements/%ED%A0%80/view HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("UTF-8");
    }

    @Test
    void aCharacterTomcatRefusesInTheTargetIsNamedButNotEchoed() throws IOException {
        Raw response = send("GET /api/responsibility?healthTrust[$ne]=<script> HTTP/1.1\r\n");

        JsonNode problem = response.problem(400, "bad-request");
        assertThat(problem.get("detail").asText()).contains("prosentkodes");
        assertThat(response.body).doesNotContain("<script>", "$ne", "Tomcat");
    }

    @Test
    void anOversizedHeaderIs400Problem() throws IOException {
        Raw response = send("GET /api/agreements HTTP/1.1\r\nIf-Match: \"" + "9".repeat(20_000) + "\"\r\n");

        assertThat(response.problem(400, "bad-request").get("detail").asText()).contains("for store");
    }

    @Test
    void aMethodTheFirewallRefusesIs400ProblemNotABareStatus() throws IOException {
        for (String method : new String[] {"TRACE", "FOO"}) {
            Raw response = send(method + " /api/agreements HTTP/1.1\r\n");

            assertThat(response.problem(400, "bad-request").get("detail").asText()).contains("Metoden støttes ikke");
            assertThat(response.body).doesNotContain("FOO");
        }
    }

    @Test
    void aStatusAFilterSetsWithSendErrorIsAProblemFromTheErrorPage() throws IOException {
        Raw response = send("GET " + SEND_ERROR_PATH + " HTTP/1.1\r\n");

        response.problem(404, "unknown-route");
        assertThat(response.body).doesNotContain("secret message");
    }

    @Test
    void aRawSpaceOrNonAsciiInTheTargetIs400Problem() throws IOException {
        assertThat(send("GET /api/agreements/a b/export.json HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("Forespørselslinjen er ugyldig");
        assertThat(send("GET /api/agreements/\u00e6\u00f8\u00e5/export.json HTTP/1.1\r\n").problem(400, "bad-request")
                .get("detail").asText()).contains("prosentkodes");
    }

    /**
     * HTTP/0.9 has no status line and no headers, so the answer can only be the problem document itself.
     * Tomcat 10.1 also keeps its "this is HTTP/0.9" flag on the recycled processor until a request line
     * parses: a request line it then refuses (raw space) is answered the same bare way. This pins that
     * quirk; when Tomcat resets the flag, the second half fails and can go.
     */
    @Test
    void anHttp09RequestAndABrokenLineRightAfterItGetABareProblemBody() throws IOException {
        JsonNode http09 = JSON.readTree(sendRaw("GET /api/agreements/x\r\n"));
        assertThat(http09.get("status").asInt()).isEqualTo(401);
        assertThat(http09.get("type").asText()).endsWith("/unauthenticated");

        String next = sendRaw("GET /api/agreements/a b/export.json HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(next).doesNotStartWith("HTTP/1.1");
        assertThat(JSON.readTree(next).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void theHostHasOneErrorReportValveAndItIsOurs() {
        var server = (TomcatWebServer) registry.bean(TestOnlyBeans.class).context.getWebServer();
        Valve[] valves = server.getTomcat().getHost().getPipeline().getValves();

        assertThat(Arrays.stream(valves).filter(ErrorReportValve.class::isInstance))
                .singleElement().isInstanceOf(ProblemErrorReportValve.class);
    }

    /** Test-only: a filter ahead of everything that refuses one path with {@code sendError}; the context. */
    static class TestOnlyBeans implements ApplicationContextAware {

        ServletWebServerApplicationContext context;

        @Override
        public void setApplicationContext(ApplicationContext context) {
            this.context = (ServletWebServerApplicationContext) context;
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> sendErrorFilter() {
            var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                                jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
                    if (request.getRequestURI().equals(SEND_ERROR_PATH)) {
                        response.sendError(404, "secret message");
                        return;
                    }
                    chain.doFilter(request, response);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static Raw send(String requestLineAndHeaders) throws IOException {
        return Raw.parse(sendRaw(requestLineAndHeaders + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    }

    /** The bytes as written, the whole answer until Tomcat closes the connection. */
    private static String sendRaw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Just enough HTTP/1.1: status line, headers, body (the error page's body comes chunked). */
    private record Raw(String statusLine, String head, String body) {

        static Raw parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP/1.1 response: " + text).isPositive();
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Raw(head.split("\r\n")[0], head.toLowerCase(Locale.ROOT), body);
        }

        /** Chunk sizes count bytes, so the body is cut as bytes and decoded per chunk (problems are small). */
        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
            int position = 0;
            while (true) {
                int lineEnd = indexOfCrLf(bytes, position);
                int size = Integer.parseInt(new String(bytes, position, lineEnd - position, StandardCharsets.US_ASCII).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
                position = lineEnd + 2 + size + 2;
            }
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new AssertionError("truncated chunked body");
        }

        JsonNode problem(int status, String type) throws IOException {
            assertThat(statusLine).as(body).startsWith("HTTP/1.1 " + status + " ");
            assertThat(head).contains("content-type: application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.get("type").asText()).isEqualTo("https://samarbeidsavtaler.no/problems/" + type);
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("title").asText()).isNotBlank();
            assertThat(problem.get("detail").asText()).isNotBlank();
            return problem;
        }
    }
}
