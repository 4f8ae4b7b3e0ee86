package no.samarbeidsavtaler.api.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.security.Actor;
import no.samarbeidsavtaler.api.security.CurrentActor;
import no.samarbeidsavtaler.api.security.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the UI needs (the logged-in actor, the menu section) and the UI's error pages.
 * Ordered first so the API's problem+json advice never answers a browser page.
 */
@ControllerAdvice(basePackages = "no.samarbeidsavtaler.api.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiModelAdvice {

    private static final Map<Role, String> ROLE_NAMES = Map.of(Role.SECRETARY, "sekretariat", Role.MANAGER, "leder",
            Role.AUDITOR, "revisor", Role.ADMIN, "administrator");

    @ModelAttribute
    public void common(Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.find().orElse(null);
        model.addAttribute("actor", actor);
        model.addAttribute("roleNames", actor == null ? "" : actor.roles().stream().sorted()
                .map(ROLE_NAMES::get).collect(Collectors.joining(", ")));
        model.addAttribute("isSecretary", actor != null && actor.has(Role.SECRETARY));
        model.addAttribute("isAuditor", actor != null && actor.has(Role.AUDITOR));
        // History, as-recorded views and the API's exports: auditors, and administrators (the API's ReadAccess).
        model.addAttribute("canAudit", actor != null && (actor.has(Role.AUDITOR) || actor.has(Role.ADMIN)));
        model.addAttribute("section", section(request.getRequestURI().substring(request.getContextPath().length())));
    }

    static String section(String path) {
        for (String section : new String[] {"avtaler", "ansvar", "matrise", "rapporter"}) {
            if (path.equals("/" + section) || path.startsWith("/" + section + "/")) {
                return section;
            }
        }
        return "";
    }

    @ExceptionHandler(AccessDeniedException.class)
    public String denied(AccessDeniedException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        common(model, request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "Du har ikke tilgang til dette");
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler(PageNotFound.class)
    public String notFound(PageNotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        common(model, request);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("heading", "Fant ikke siden");
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
