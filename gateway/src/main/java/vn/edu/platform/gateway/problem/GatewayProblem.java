package vn.edu.platform.gateway.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;

/**
 * One problem the gateway answers with: the HTTP status, the stable {@code code} clients program
 * against, and what the human-readable detail needs.
 *
 * @param status the HTTP status
 * @param code the stable problem code, e.g. {@code rate-limited}; also the last part of {@code
 *     type}
 * @param detailVariant selects {@code problem.<code>.<variant>.detail} instead of the code's
 *     general detail, e.g. {@code cors} for a 403 caused by CORS
 * @param detailArgs arguments of the detail message
 */
public record GatewayProblem(
    HttpStatusCode status, String code, @Nullable String detailVariant, List<Object> detailArgs) {

  public GatewayProblem {
    detailArgs = List.copyOf(detailArgs);
  }

  public static GatewayProblem of(HttpStatusCode status, String code, Object... detailArgs) {
    return new GatewayProblem(status, code, null, List.of(detailArgs));
  }

  /** The same problem with a more specific detail text. */
  public GatewayProblem withDetailVariant(String variant) {
    return new GatewayProblem(status, code, variant, detailArgs);
  }
}
