package no.samarbeidsavtaler.api.ui;

import static org.springframework.security.config.Customizer.withDefaults;

import no.samarbeidsavtaler.api.security.QueryAwareRequestCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser UI's chain: session login through our own Norwegian login page, logout, CSRF on every
 * form. It sits before the registry's chain (which keeps the API's Basic/JWT login and the problem+json
 * answers) and matches only the UI's pages and assets, so the API is untouched. Both chains keep the
 * security context and the CSRF token in the same HTTP session, so a UI login also works for the API
 * from the same browser (with the CSRF header). What a role may do is decided in the controllers
 * with the registry's {@code AccessPolicy}, as for the API.
 */
@Configuration(proxyBeanMethods = false)
public class UiSecurityConfiguration {

    /** The UI's paths (bokmål), the login and logout endpoints and the static assets. */
    static final String[] PATHS = {"/", "/login", "/logout", "/avtaler", "/avtaler/**", "/ansvar", "/ansvar/**",
            "/matrise", "/matrise/**", "/rapporter", "/rapporter/**", "/css/**", "/js/**", "/favicon.ico"};
    /** The same policy as the API's: nothing inline, nothing from elsewhere. */
    static final String CSP = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    @Order(0)
    public SecurityFilterChain userInterface(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?feil"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utlogget"))
                .requestCache(c -> c.requestCache(new QueryAwareRequestCache()))
                .csrf(withDefaults())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .contentTypeOptions(withDefaults())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
