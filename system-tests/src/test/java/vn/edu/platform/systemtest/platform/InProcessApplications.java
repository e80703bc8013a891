package vn.edu.platform.systemtest.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import vn.edu.platform.runtime.keycloak.KeycloakServer;
import vn.edu.platform.systemtest.keycloak.EduRealm;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * plan-service and the gateway started in this JVM from their own main classes, each configured as
 * its jar is in production, and kept apart although they share one class path (the union of both
 * jars' libraries).
 *
 * <p>Left alone, each would see the other's configuration and libraries:
 *
 * <ul>
 *   <li>both modules have a {@code classpath:application.yml}, and only the first on the class path
 *       would be read, by both. Each reads its own file, found next to its main class ({@code
 *       spring.config.location}).
 *   <li>Spring Boot auto-configures whatever it finds on the class path. Each application excludes
 *       the auto-configurations of the libraries only the other one's jar contains ({@link
 *       #NOT_IN_THE_GATEWAY}, {@link #NOT_IN_PLAN_SERVICE}): otherwise the gateway would get the
 *       platform starter with its database, Flyway, Kafka and outbox, and would run on Tomcat's
 *       reactive adapter instead of Reactor Netty; plan-service would get Spring Cloud (refresh
 *       scope, discovery, the gateway's tracing handler), Resilience4j, WebFlux and Reactor Netty.
 *   <li>environment post-processors of the other's libraries add property sources; they are removed
 *       again ({@link WithoutPropertySources}): the starter's {@code platform-defaults} from the
 *       gateway, Spring Cloud's three from plan-service.
 * </ul>
 *
 * Measured against the production jars started with {@code --debug}, each application's matching
 * auto-configurations are then the same, except nested configurations that match on a class being
 * present and add no bean of consequence (springdoc's login-endpoint support in the gateway; a
 * reactive health registry and springdoc's Flux/Mono converter in plan-service). What stays shared
 * is what any JVM shares: the logging system (Spring Boot reconfigures it for the application
 * started last) and static hooks such as Reactor's.
 *
 * <p>Settings are passed as command-line arguments, which outrank the applications' {@code
 * application.yml} as the environment variables of a deployment do.
 *
 * <p>The two applications are on the class path of failsafe's platform end-to-end run only (see
 * {@code system-tests/pom.xml}); the other tests of the module run without them.
 */
final class InProcessApplications {

  /** plan-service's main class; on the class path of the {@code platform-end-to-end} run only. */
  static final String PLAN_SERVICE = "vn.edu.platform.plan.PlanServiceApplication";

  /** The gateway's main class; on the class path of the {@code platform-end-to-end} run only. */
  static final String GATEWAY = "vn.edu.platform.gateway.GatewayApplication";

  /**
   * Packages of auto-configurations the gateway's jar does not contain: the platform starter, the
   * database, broker and outbox libraries it brings for the services, and the servlet stack.
   */
  static final List<String> NOT_IN_THE_GATEWAY =
      List.of(
          "vn.edu.platform.starter.",
          "org.springframework.boot.jdbc.",
          "org.springframework.boot.transaction.",
          "org.springframework.boot.persistence.",
          "org.springframework.boot.flyway.",
          "org.springframework.boot.kafka.",
          "org.springframework.modulith.",
          "org.springframework.boot.servlet.",
          "org.springframework.boot.webmvc.",
          "org.springframework.boot.tomcat.",
          "org.springdoc.webmvc.");

  /**
   * Packages of auto-configurations plan-service's jar does not contain: Spring Cloud (the gateway
   * among it), Resilience4j, the reactive web stack and the HTTP clients the gateway uses, and the
   * reactive halves of the security libraries both use.
   */
  static final List<String> NOT_IN_PLAN_SERVICE =
      List.of(
          "org.springframework.cloud.",
          "io.github.resilience4j.",
          "org.springframework.boot.webflux.",
          "org.springframework.boot.reactor.",
          "org.springframework.boot.netty.",
          "org.springframework.boot.restclient.",
          "org.springframework.boot.http.client.",
          "org.springframework.boot.http.codec.",
          "org.springdoc.webflux.",
          "org.springframework.boot.security.autoconfigure.web.reactive.",
          "org.springframework.boot.security.autoconfigure.actuate.web.reactive.",
          "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.");

  /** Property sources the platform starter's environment post-processor adds. */
  static final List<String> STARTER_PROPERTY_SOURCES = List.of("platform-defaults");

  /** Property sources Spring Cloud's environment post-processors add. */
  static final List<String> SPRING_CLOUD_PROPERTY_SOURCES =
      List.of("gateway-properties", "cachedrandom", "springCloudClientHostInfo");

  private InProcessApplications() {}

  /**
   * Starts plan-service on a free port with a new empty database on the test kit's PostgreSQL
   * (Flyway migrates it), the test kit's Kafka broker, and the realm of {@code keycloak} as its
   * token issuer.
   */
  static ConfigurableApplicationContext startPlanService(KeycloakServer keycloak) {
    Class<?> planService = mainClass(PLAN_SERVICE);
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.get();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.main.web-application-type", "servlet");
    settings.put("spring.config.location", ownApplicationYaml(planService));
    settings.put("spring.autoconfigure.exclude", autoConfigurationsIn(NOT_IN_PLAN_SERVICE));
    settings.put("server.port", "0");
    settings.put("spring.datasource.url", postgres.createDatabase("plan_service_e2e"));
    settings.put("spring.datasource.username", postgres.username());
    settings.put("spring.datasource.password", postgres.password());
    settings.put("spring.kafka.bootstrap-servers", EmbeddedKafkaServer.get().bootstrapServers());
    settings.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer(EduRealm.NAME));
    settings.put(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keycloak.jwksUri(EduRealm.NAME));
    return new SpringApplicationBuilder(planService)
        .web(WebApplicationType.SERVLET)
        .listeners(new WithoutPropertySources(SPRING_CLOUD_PROPERTY_SOURCES))
        .run(arguments(settings));
  }

  /**
   * Starts the gateway on a free port with its route to plan-service at {@code planServiceUrl} and
   * the realm of {@code keycloak} as its token issuer; the other services stay unconfigured.
   */
  static ConfigurableApplicationContext startGateway(
      KeycloakServer keycloak, String planServiceUrl) {
    Class<?> gateway = mainClass(GATEWAY);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.main.web-application-type", "reactive");
    settings.put("spring.config.location", ownApplicationYaml(gateway));
    settings.put("spring.autoconfigure.exclude", autoConfigurationsIn(NOT_IN_THE_GATEWAY));
    settings.put("server.port", "0");
    settings.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer(EduRealm.NAME));
    settings.put("edu.gateway.services.plan.url", planServiceUrl);
    return new SpringApplicationBuilder(gateway)
        .web(WebApplicationType.REACTIVE)
        .listeners(new WithoutPropertySources(STARTER_PROPERTY_SOURCES))
        .run(arguments(settings));
  }

  /** Whether both applications are on the class path (they are in the end-to-end run only). */
  static boolean onTheClassPath() {
    return isPresent(PLAN_SERVICE) && isPresent(GATEWAY);
  }

  private static boolean isPresent(String className) {
    return ClassUtils.isPresent(className, InProcessApplications.class.getClassLoader());
  }

  private static Class<?> mainClass(String name) {
    try {
      return Class.forName(name, false, InProcessApplications.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          name + " is not on the class path: run these tests through Maven (failsafe)", e);
    }
  }

  /** The HTTP port an application listens on. */
  static int portOf(ConfigurableApplicationContext application) {
    return Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** The {@code application.yml} packaged with {@code mainClass} (directory or jar), as a URL. */
  static String ownApplicationYaml(Class<?> mainClass) {
    String home = mainClass.getProtectionDomain().getCodeSource().getLocation().toString();
    try {
      List<URL> candidates =
          Collections.list(mainClass.getClassLoader().getResources("application.yml"));
      return candidates.stream()
          .map(URL::toString)
          .filter(url -> url.startsWith(home) || url.startsWith("jar:" + home + "!/"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No application.yml next to " + mainClass.getName() + " in " + candidates));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The auto-configurations on the class path whose class is in one of {@code packages}. */
  static String autoConfigurationsIn(List<String> packages) {
    List<String> matching = new ArrayList<>();
    for (String candidate :
        ImportCandidates.load(
            AutoConfiguration.class, InProcessApplications.class.getClassLoader())) {
      if (packages.stream().anyMatch(candidate::startsWith)) {
        matching.add(candidate);
      }
    }
    return String.join(",", matching);
  }

  private static String[] arguments(Map<String, String> settings) {
    List<String> arguments = new ArrayList<>();
    settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    return arguments.toArray(String[]::new);
  }

  /**
   * Removes property sources from an application's environment once every environment
   * post-processor has run.
   */
  private record WithoutPropertySources(List<String> names)
      implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      names.forEach(event.getEnvironment().getPropertySources()::remove);
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
