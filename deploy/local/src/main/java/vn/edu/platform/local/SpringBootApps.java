package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gateway and the services as child JVMs, configured through environment variables. */
final class SpringBootApps {

  private SpringBootApps() {}

  /** A service behind the gateway, with its own database, Kafka and the realm's issuer. */
  static ChildProcessPart service(
      LocalSettings settings, ServiceDefinition service, String gatewayUrl) {
    Map<String, String> env = common(settings, service);
    if (service.database() != null) {
      env.put("SPRING_DATASOURCE_URL", settings.jdbcUrl(service.database()));
      env.put("SPRING_DATASOURCE_USERNAME", service.database());
      env.put("SPRING_DATASOURCE_PASSWORD", LocalSettings.databasePassword(service.database()));
    }
    env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
    env.put("PLATFORM_SERVICE_PUBLIC_URL", gatewayUrl);
    env.put("PLATFORM_AUDIT_CHECKPOINT_KEY", LocalSettings.auditCheckpointKey(service.name()));
    if (service.name().equals("student-record-service")) {
      env.put("SPRING_APPLICATION_JSON", signingSettings(settings));
    }
    return app(settings, service, env);
  }

  /**
   * A signing service's settings: the simulated CA, the PKI's time-stamp authority, its root as the
   * trust anchor, and each demo signer's local token (keys with dots, hence JSON rather than
   * environment variables).
   */
  static String signingSettings(LocalSettings settings) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("student-record.signing.csc-base-uri", settings.cscBaseUrl());
    values.put("student-record.signing.timestamp-authority-url", settings.pkiBaseUrl() + "/tsa");
    values.put("student-record.signing.trust-anchors", settings.trustAnchorsFile().toString());
    for (DemoSigners.Person person : DemoSigners.PEOPLE) {
      if (person.login() != null) {
        values.put(
            "student-record.signing.csc-access-tokens[" + person.login() + "]",
            LocalSettings.cscToken(person.login()));
      }
    }
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(key).append("\":\"").append(value.replace("\\", "/")).append('"');
        });
    return json.append('}').toString();
  }

  /** The gateway, routing to the services that run. */
  static ChildProcessPart gateway(
      LocalSettings settings, ServiceDefinition gateway, List<ServiceDefinition> running) {
    Map<String, String> env = common(settings, gateway);
    for (ServiceDefinition service : running) {
      env.put(service.gatewayUrlVariable(), service.baseUrl());
    }
    return app(settings, gateway, env);
  }

  private static Map<String, String> common(LocalSettings settings, ServiceDefinition app) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SERVER_PORT", Integer.toString(app.port()));
    env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", settings.issuer());
    return env;
  }

  /**
   * A copy of the application's jar in {@code .local/apps/}, which the process runs: a build of the
   * module while the platform runs replaces the jar in {@code target/}, and a JVM whose jar is
   * replaced under it fails at its next class load.
   */
  private static Path snapshot(LocalSettings settings, ServiceDefinition app) {
    Path copy = settings.dataDir().resolve("apps").resolve(app.name() + ".jar");
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(settings.root().resolve(app.jar()), copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy " + app.jar() + " to " + copy, e);
    }
  }

  private static ChildProcessPart app(
      LocalSettings settings, ServiceDefinition app, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(LocalSettings.javaExecutable().toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
    command.add("-jar");
    command.add(snapshot(settings, app).toString());
    String base = app.baseUrl();
    return new ChildProcessPart(
        settings,
        app.name(),
        command,
        env,
        base,
        () ->
            HttpChecks.answersOk(base + "/actuator/health/readiness")
                || HttpChecks.answersOk(base + "/actuator/health"));
  }
}
