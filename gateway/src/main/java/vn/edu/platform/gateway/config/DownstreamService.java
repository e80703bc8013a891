package vn.edu.platform.gateway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The services behind the gateway and the path prefixes they own. Paths are forwarded unchanged:
 * each service serves its own {@code /api/v1/<segment>/**} (and {@code /public/v1/<segment>/**}
 * where it has public endpoints) and publishes its OpenAPI document under that prefix. A service
 * may also own resources of the whole province under a prefix of their own: plan-service keeps the
 * organisation directory, served at {@code /api/v1/org-units} because every service reads it (ADR
 * 0010), and the register of signers, served at {@code /api/v1/signer-certificates}, {@code
 * /api/v1/signer-certificate-requests}, {@code /api/v1/signing-delegations} and {@code
 * /api/v1/signing-authorisations} (ADR 0014).
 *
 * <p>A service gets routes only when {@code edu.gateway.services.<key>.url} is set; the key is
 * {@link #key()}, e.g. {@code student-record} (environment: {@code
 * EDU_GATEWAY_SERVICES_STUDENTRECORD_URL}).
 */
public enum DownstreamService {
  PLAN(
      "plan-service",
      "plans",
      false,
      "/api/v1/org-units",
      "/api/v1/signer-certificates",
      "/api/v1/signer-certificate-requests",
      "/api/v1/signing-delegations",
      "/api/v1/signing-authorisations"),
  STUDENT_RECORD("student-record-service", "student-records", true),
  DIPLOMA("diploma-service", "diplomas", true),
  ADMISSION("admission-service", "admissions", true),
  REPORTING("reporting-service", "reports", false);

  private final String serviceName;
  private final String segment;
  private final boolean hasPublicApi;
  private final List<String> sharedResourcePaths;

  DownstreamService(
      String serviceName, String segment, boolean hasPublicApi, String... sharedResourcePaths) {
    this.serviceName = serviceName;
    this.segment = segment;
    this.hasPublicApi = hasPublicApi;
    this.sharedResourcePaths = List.of(sharedResourcePaths);
  }

  /** The configuration key and route id prefix, e.g. {@code student-record}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The deployable's name, e.g. {@code student-record-service}: the Swagger UI lists it. */
  public String serviceName() {
    return serviceName;
  }

  /** The authenticated API prefix, e.g. {@code /api/v1/student-records}. */
  public String apiPath() {
    return "/api/v1/" + segment;
  }

  /** Where the service publishes its OpenAPI document, reached through the gateway. */
  public String apiDocsPath() {
    return apiPath() + "/v3/api-docs";
  }

  /** Path patterns the gateway forwards to this service. */
  public List<String> pathPatterns() {
    List<String> patterns = new ArrayList<>();
    patterns.add(apiPath() + "/**");
    if (hasPublicApi) {
      patterns.add("/public/v1/" + segment + "/**");
    }
    sharedResourcePaths.forEach(path -> patterns.add(path + "/**"));
    return List.copyOf(patterns);
  }
}
