package no.samarbeidsavtaler.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON bodies must be well-formed UTF-8 (RFC 8259 § 8.1) without raw NUL bytes. Jackson alone
 * decodes overlong sequences, lone surrogates and UTF-16 bodies it detects by itself, so text that
 * was never valid could reach the event store. Runs after the size limit, so at most that much is read.
 */
public class JsonBodyEncodingFilter extends OncePerRequestFilter {

    private final ProblemResponseWriter problems;

    public JsonBodyEncodingFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !(type.toLowerCase().contains("/json") || type.toLowerCase().contains("+json"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached = CachedBodyRequest.of(request); // over the limit: RequestSizeLimitFilter answers 413
        String problem = problemWith(cached.body());
        if (problem != null) {
            problems.write(request, response, Problems.of(ProblemType.MALFORMED_JSON, problem));
            return;
        }
        chain.doFilter(cached, response);
    }

    /** A Norwegian description of what is wrong with the bytes, or null when they are fine. */
    static String problemWith(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return "Innholdet inneholder en NUL-byte; JSON må være UTF-8-tekst";
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return null;
        } catch (CharacterCodingException e) {
            return "Innholdet er ikke gyldig UTF-8";
        }
    }
}
