package vn.edu.platform.test.securitykit;

/**
 * One answer that breaks a documented expectation.
 *
 * @param check which expectation: {@code matrix}, {@code other-unit}, {@code status}, {@code
 *     problem-body}, {@code state}
 * @param category the fuzz category or persona that produced the request
 * @param request method, path and a short form of what was sent
 */
public record Finding(
    String check, String category, String operationId, int status, String request, String why) {

  @Override
  public String toString() {
    return check
        + " ["
        + category
        + "] "
        + operationId
        + " → "
        + status
        + ": "
        + why
        + " — "
        + request;
  }
}
