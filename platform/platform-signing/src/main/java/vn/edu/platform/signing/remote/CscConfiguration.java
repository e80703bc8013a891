package vn.edu.platform.signing.remote;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom {@link CscSigningKey} reaches a CA's remote signing service (Cloud Signature
 * Consortium API v2).
 *
 * @param baseUri the service's base address; the adapter calls {@code {baseUri}/csc/v2/...}. HTTPS,
 *     except on the loopback interface (the simulator, a local tunnel): the bearer token and the
 *     one-time code must not cross a network in clear
 * @param accessToken the bearer token of the person who signs, obtained from the CA's OAuth2 login
 *     (not done here)
 * @param credentialId the credential to sign with, or {@code null} to take the only one the token's
 *     owner has
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each answer
 */
public record CscConfiguration(
    URI baseUri,
    String accessToken,
    String credentialId,
    Duration connectTimeout,
    Duration requestTimeout) {

  /** Connections to a CA are quick or broken. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** A batch's signHash is one HSM operation per hash: seconds, not minutes. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public CscConfiguration {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("the access token is empty");
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("the connect timeout must be positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive");
    }
    if (!"https".equalsIgnoreCase(baseUri.getScheme()) && !isLoopbackHttp(baseUri)) {
      throw new IllegalArgumentException(
          "a remote signing service is reached over HTTPS (plain HTTP only on loopback): "
              + baseUri);
    }
  }

  /** The defaults timeouts, the token owner's only credential. */
  public static CscConfiguration of(URI baseUri, String accessToken) {
    return new CscConfiguration(
        baseUri, accessToken, null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  public CscConfiguration withCredentialId(String credentialId) {
    return new CscConfiguration(baseUri, accessToken, credentialId, connectTimeout, requestTimeout);
  }

  public CscConfiguration withTimeouts(Duration connectTimeout, Duration requestTimeout) {
    return new CscConfiguration(baseUri, accessToken, credentialId, connectTimeout, requestTimeout);
  }

  /** Without the access token: a configuration gets printed, logged, shown in a debugger. */
  @Override
  public String toString() {
    return "CscConfiguration[baseUri="
        + baseUri
        + ", accessToken=***, credentialId="
        + credentialId
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }

  private static boolean isLoopbackHttp(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      return false;
    }
    String host = uri.getHost();
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    try {
      // a literal address only: no name lookup decides whether a token travels in clear
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
