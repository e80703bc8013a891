package vn.edu.platform.starter.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares, under {@code platform.*}. Safe local defaults; production values
 * come from environment variables (e.g. {@code PLATFORM_SECURITY_AUDIENCE}).
 */
@ConfigurationProperties("platform")
public record PlatformProperties(
    @DefaultValue Service service,
    @DefaultValue Security security,
    @DefaultValue Web web,
    @DefaultValue Idempotency idempotency) {

  /**
   * The service itself.
   *
   * @param name short name, also the CloudEvents {@code source} and the log {@code service} field
   * @param apiBasePath the path prefix the gateway routes to this service, e.g. {@code
   *     /api/v1/plans}
   * @param apiVersion version of the public API; its major part must change with a breaking change
   * @param publicUrl the URL clients use (the gateway), written into the OpenAPI document
   */
  public record Service(
      @DefaultValue("service") String name,
      @DefaultValue("/api/v1") String apiBasePath,
      @DefaultValue("1.0.0") String apiVersion,
      @DefaultValue("http://localhost:8080") String publicUrl) {}

  /**
   * The Keycloak adapter.
   *
   * @param audience the audience every access token must carry (Keycloak's audience mapper adds it)
   * @param departmentUnitCode the unit code of the department (Sở); its users and its divisions'
   *     users act on the whole province
   * @param publicPaths paths that need no token (besides health, API docs and {@code /public/**})
   */
  public record Security(
      @DefaultValue("edu-api") String audience,
      @DefaultValue("SGD31") String departmentUnitCode,
      @DefaultValue({}) List<String> publicPaths) {}

  /**
   * HTTP limits.
   *
   * @param maxBodySize largest accepted request body outside multipart uploads
   */
  public record Web(@DefaultValue("10MB") org.springframework.util.unit.DataSize maxBodySize) {}

  /**
   * Idempotency-Key handling (IETF draft "The Idempotency-Key HTTP Header Field").
   *
   * @param requiredPaths POST/PATCH requests under these Ant patterns must carry the header
   * @param exemptPaths patterns exempt from the requirement (uploads are idempotent by file hash)
   * @param retention how long a key and its stored response are kept; at least 24 hours
   * @param maxStoredResponse larger responses are not stored for replay
   */
  public record Idempotency(
      @DefaultValue("/api/**") List<String> requiredPaths,
      @DefaultValue("/api/**/imports/**") List<String> exemptPaths,
      @DefaultValue("48h") Duration retention,
      @DefaultValue("1MB") org.springframework.util.unit.DataSize maxStoredResponse) {

    public Idempotency {
      if (retention.compareTo(Duration.ofHours(24)) < 0) {
        throw new IllegalArgumentException("platform.idempotency.retention must be at least 24h");
      }
    }
  }
}
