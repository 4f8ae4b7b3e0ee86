package no.samarbeidsavtaler.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application on the embedded store in a given data directory, spoken to over real HTTP. */
final class RunningRegistry implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    private RunningRegistry(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static RunningRegistry start(Path dataDirectory, String... extraArgs) {
        String[] args = new String[extraArgs.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--agreements.store.data-directory=" + dataDirectory;
        args[2] = "--agreements.store.uri=";
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        return new RunningRegistry(new SpringApplicationBuilder(RegistryApplication.class).run(args));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Polls until the response satisfies the condition; the read side is eventually consistent. */
    HttpResponse<String> awaitGet(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = get(path);
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + path + "; last: " + last.statusCode() + " " + last.body());
            }
            Thread.onSpinWait();
            last = get(path);
        }
        return last;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
