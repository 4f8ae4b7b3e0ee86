package no.samarbeidsavtaler.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Logs every read an auditor makes ({@code GET}/{@code HEAD} of an API resource or a UI page; see
 * {@code WebConfiguration} for the excluded assets), so history, as-recorded-at, exports and
 * verification are covered whichever way they are reached.
 */
public class AuditReadInterceptor implements HandlerInterceptor {

    private static final String ENTRY = AuditReadInterceptor.class.getName() + ".entry";

    private final AuditReadLog log;

    public AuditReadInterceptor(AuditReadLog log) {
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read) {
            CurrentActor.find().filter(actor -> actor.has(Role.AUDITOR)).ifPresent(actor ->
                    request.setAttribute(ENTRY, log.started(actor, request.getMethod(), request.getRequestURI(),
                            request.getQueryString())));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(ENTRY) instanceof String id) {
            log.completed(id, ex != null && response.getStatus() < 400 ? 500 : response.getStatus());
        }
    }
}
