package no.samarbeidsavtaler.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.web.CachedBodyRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every {@code POST} under {@code /api/}: a retry with the same key and
 * the same request (per user) gets the first response again (status, Location, ETag, body) and
 * causes nothing new; the same key with another request is a 422; a retry while the first is still
 * running is a 409. Runs after authentication, so keys are per principal. Responses of 5xx are not
 * kept: a retry after a server error runs again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyStore store;
    private final ProblemResponseWriter problems;

    public IdempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty()) {
            chain.doFilter(request, response); // security has answered already
            return;
        }
        String key = request.getHeader(HEADER);
        if (!key.matches("[\\x21-\\x7E]{1,255}")) {
            problems.write(request, response, Problems.of(ProblemType.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key må være 1–255 synlige ASCII-tegn, f.eks. en UUID", HEADER));
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request); // over the limit: RequestSizeLimitFilter answers 413
        String id = actor.get().id().length() + ":" + actor.get().id() + ":" + key;
        Claim claim = store.claim(id, requestHash(cached));
        if (claim instanceof Claim.Mismatch) {
            problems.write(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key «" + key + "» ble brukt på en annen forespørsel. Bruk en ny nøkkel for en ny forespørsel",
                    HEADER));
        } else if (claim instanceof Claim.InProgress) {
            problems.write(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "Vent til den første forespørselen er ferdig, og prøv igjen", HEADER));
        } else if (claim instanceof Claim.Replay replay) {
            replay(replay.response(), response);
        } else {
            runAndStore(id, cached, response, chain);
        }
    }

    private void runAndStore(String id, CachedBodyRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, recorder);
            if (recorder.getStatus() < 500) {
                store.complete(id, recorded(recorder));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(id);
            }
            recorder.copyBodyToResponse();
        }
    }

    private static StoredResponse recorded(ContentCachingResponseWrapper recorder) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredResponse.REPLAYED_HEADERS) {
            String value = name.equals("Content-Type") ? recorder.getContentType() : recorder.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(recorder.getStatus(), headers,
                new String(recorder.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** SHA-256 of method, path (with query) and body: "the same request". */
    static String requestHash(CachedBodyRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            sha256.update(request.body());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
