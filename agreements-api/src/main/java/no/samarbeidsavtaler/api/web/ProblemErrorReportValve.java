package no.samarbeidsavtaler.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on an error, as problem+json instead of its HTML page. It answers what never
 * reached Spring (a URL or header Tomcat refused while parsing) and any error the application's
 * {@code /error} page did not write. Same conditions as the parent: only an error status, only when
 * nothing has been written and the error has not been reported yet.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final Supplier<ObjectMapper> objectMapper;

    /** The mapper is looked up on first use: the web server is built before most beans exist. */
    public ProblemErrorReportValve(Supplier<ObjectMapper> objectMapper) {
        this.objectMapper = objectMapper;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // The connection is gone: nobody would read the report.
        }
        Throwable cause = throwable != null ? throwable
                : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            log.error("Container answered {} outside the application", status, cause);
        }
        ProblemDetail problem = ContainerRejections.problem(status, cause, request.getRequestURI());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) { // null only if the response was committed after all
                writer.write(objectMapper.get().writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client went away while we reported; there is no one left to tell.
        }
    }
}
