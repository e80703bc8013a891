package vn.edu.platform.starter.web.problem;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.web.PlatformWebAutoConfiguration;

/**
 * Puts {@link ProblemErrorReportValve} in place of every error report valve of the host (Boot adds
 * one that writes HTML), once all customizers have run: at the context's start.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Tomcat.class)
public class ContainerErrorsAutoConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValveCustomizer(
      ProblemFactory factory, JsonMapper json) {
    return tomcat ->
        tomcat.addContextCustomizers(
            context ->
                context.addLifecycleListener(
                    event -> {
                      if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        replaceErrorReportValves(
                            context.getParent(), new ProblemErrorReportValve(factory, json));
                      }
                    }));
  }

  static void replaceErrorReportValves(Container host, ProblemErrorReportValve replacement) {
    for (Valve valve : host.getPipeline().getValves()) {
      if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
        host.getPipeline().removeValve(valve);
      }
    }
    for (Valve valve : host.getPipeline().getValves()) {
      if (valve instanceof ProblemErrorReportValve) {
        return;
      }
    }
    host.getPipeline().addValve(replacement);
    if (host instanceof org.apache.catalina.core.StandardHost standard) {
      // Without this the host would add Tomcat's own valve at its start.
      standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }
  }
}
