package vn.edu.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code deploy/local/services.csv}: a Spring Boot application the platform runs.
 *
 * @param kind the gateway or a service behind it
 * @param name process name, e.g. {@code plan-service}
 * @param module Maven module directory relative to the repository root
 * @param jar executable jar relative to the repository root
 * @param port HTTP port
 * @param database PostgreSQL database (and role) of its own; {@code null} for none
 * @param apiPath path prefix of its API behind the gateway
 */
record ServiceDefinition(
    Kind kind,
    String name,
    String module,
    String jar,
    int port,
    @Nullable String database,
    String apiPath) {

  enum Kind {
    GATEWAY,
    SERVICE
  }

  /** Whether the jar has been built in the repository at {@code root}. */
  boolean isBuilt(Path root) {
    return Files.isRegularFile(root.resolve(jar));
  }

  /** The gateway's key for this service, e.g. {@code STUDENTRECORD} for student-record-service. */
  String gatewayKey() {
    return name.replaceFirst("-service$", "").replace("-", "").toUpperCase(Locale.ROOT);
  }

  /** The gateway's environment variable holding this service's URL. */
  String gatewayUrlVariable() {
    return "EDU_GATEWAY_SERVICES_" + gatewayKey() + "_URL";
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }
}
