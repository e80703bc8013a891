package vn.edu.platform.starter.web.conditional;

import org.springframework.http.HttpStatus;
import vn.edu.platform.starter.web.problem.ApiProblemException;

/**
 * Optimistic concurrency over HTTP, the platform's way: a resource's ETag is its revision ({@code
 * "3"}), and an update names the revision it was based on in {@code If-Match}. Without the header a
 * required update answers 428 {@code precondition-required}; a header that names no revision
 * answers 412 {@code precondition-failed}, as does a stale one (the use case compares).
 */
public final class Revisions {

  private Revisions() {}

  /** The ETag of a revision. */
  public static String etagOf(long revision) {
    return "\"" + revision + "\"";
  }

  /** The revision an If-Match names; 428 when there is none. */
  public static long required(String ifMatch) {
    Long revision = optional(ifMatch);
    if (revision == null) {
      throw new ApiProblemException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required");
    }
    return revision;
  }

  /** The revision an If-Match names, or null without the header. */
  public static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    try {
      return Long.parseLong(value.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed");
    }
  }
}
