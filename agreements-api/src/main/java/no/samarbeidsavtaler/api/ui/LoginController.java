package no.samarbeidsavtaler.api.ui;

import no.samarbeidsavtaler.api.security.SecurityProperties;
import no.samarbeidsavtaler.infra.config.RegistryStoreProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (the form posts to Spring Security's {@code /login}) and the start page. */
@Controller
public class LoginController {

    private final boolean demoUsers;

    public LoginController(SecurityProperties security, RegistryStoreProperties store) {
        this.demoUsers = security.demoUsersActive(store.embedded());
    }

    @GetMapping("/login")
    public String login(@RequestParam(name = "feil", required = false) String failed,
                        @RequestParam(name = "utlogget", required = false) String loggedOut, Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        model.addAttribute("demoUsers", demoUsers);
        return "login";
    }

    @GetMapping("/")
    public String home() {
        return "home";
    }
}
