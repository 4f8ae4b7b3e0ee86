package no.samarbeidsavtaler.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on the embedded store in a given data directory, spoken to over real HTTP.
 * The embedded store turns the demo users on (password "demo"); {@link #as} picks one.
 */
public final class RunningRegistry implements AutoCloseable {

    public static final String DEMO_PASSWORD = "demo";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    private RunningRegistry(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public static RunningRegistry start(Path dataDirectory, String... extraArgs) {
        return start(dataDirectory, new Class<?>[0], extraArgs);
    }

    /** With extra configuration classes, e.g. a test JwtDecoder. */
    public static RunningRegistry start(Path dataDirectory, Class<?>[] extraSources, String... extraArgs) {
        String[] args = new String[extraArgs.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--agreements.store.data-directory=" + dataDirectory;
        args[2] = "--agreements.store.uri=";
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = RegistryApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new RunningRegistry(new SpringApplicationBuilder(sources).run(args));
    }

    /** A second node on another node's store (its URI), e.g. the embedded server of a registry in this JVM. */
    public static RunningRegistry startOn(String storeUri, Path dataDirectory, String... extraArgs) {
        String[] args = new String[extraArgs.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--agreements.store.data-directory=" + dataDirectory;
        args[2] = "--agreements.store.uri=" + storeUri;
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        return new RunningRegistry(new SpringApplicationBuilder(RegistryApplication.class).run(args));
    }

    /** Requests as this demo user (HTTP Basic). */
    public Client as(String username) {
        return new Client("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** Requests with a Bearer token. */
    public Client withToken(String jwt) {
        return new Client("Bearer " + jwt);
    }

    /** Requests without any credentials. */
    public Client anonymous() {
        return new Client(null);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        context.close();
    }

    /** A user's view of the registry: each call is one HTTP request. */
    public final class Client {

        private final String authorization;

        private Client(String authorization) {
            this.authorization = authorization;
        }

        public HttpResponse<String> get(String path, String... headers) {
            return send(request(path, headers).GET());
        }

        public HttpResponse<String> postJson(String path, String json, String... headers) {
            return send(request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
            HttpRequest.Builder builder = request(path, headers);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Polls until the response satisfies the condition; the read side is eventually consistent. */
        public HttpResponse<String> awaitGet(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            HttpResponse<String> last = get(path);
            while (!condition.test(last)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Timed out waiting for " + path + "; last: " + last.statusCode() + " " + last.body());
                }
                LockSupport.parkNanos(POLL_INTERVAL.toNanos());
                last = get(path);
            }
            return last;
        }

        private HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
