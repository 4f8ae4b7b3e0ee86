package no.samarbeidsavtaler.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} on the host in place of Tomcat's HTML one. Ordered last so it
 * runs after Boot's own Tomcat customizer, which adds a plain {@link ErrorReportValve} to the host
 * (with {@code server.error.include-stacktrace=never}): that one is removed. The host's
 * errorReportValveClass names ours as well, or the host would add Tomcat's default when it starts.
 */
class ProblemErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Supplier<ObjectMapper> objectMapper;

    ProblemErrorReportCustomizer(Supplier<ObjectMapper> objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemErrorReportValve(objectMapper));
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
