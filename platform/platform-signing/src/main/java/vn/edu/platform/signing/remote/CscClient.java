package vn.edu.platform.signing.remote;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.signing.remote.RemoteSigningRefused.Reason;

/**
 * The Cloud Signature Consortium API v2 (2.0.0.2) calls {@link CscSigningKey} makes, one method per
 * endpoint, over the JDK's HTTP client with Jackson's tree model (no data classes whose {@code
 * toString} could print a code or a SAD). Every failure becomes a {@link RemoteSigningRefused}: the
 * HTTP status and the CSC error body ({@code error}, {@code error_description}) decide its reason.
 * The one-time code, the SAD and the hashes appear only in request bodies; if a service echoes one
 * of them in an error description, it is blanked out of the exception's message.
 */
final class CscClient implements AutoCloseable {

  /** SHA-256, the only digest the platform signs (id-sha256, RFC 5754). */
  static final String SHA256_OID = "2.16.840.1.101.3.4.2.1";

  /** sha256WithRSAEncryption (RFC 8017): PKCS#1 v1.5 over the DigestInfo of a SHA-256 hash. */
  static final String RSA_SHA256_OID = "1.2.840.113549.1.1.11";

  private static final int MAX_DESCRIPTION = 200;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private final String endpoints;
  private final String authorization;
  private final Duration requestTimeout;
  private final HttpClient http;

  CscClient(CscConfiguration configuration) {
    String base = configuration.baseUri().toString();
    this.endpoints = (base.endsWith("/") ? base : base + "/") + "csc/v2/";
    this.authorization = "Bearer " + configuration.accessToken();
    this.requestTimeout = configuration.requestTimeout();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(configuration.connectTimeout())
            // a redirect would carry the bearer token to wherever it points
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** {@code credentials/list}: the identifiers of the token owner's credentials. */
  List<String> listCredentials() {
    JsonNode answer = post("credentials/list", JSON.createObjectNode(), Set.of());
    return strings(answer, "credentialIDs", "credentials/list");
  }

  /**
   * {@code credentials/info} with the whole chain ({@code certificates: chain}), the certificate's
   * details ({@code certInfo}) and the authorisation objects ({@code authInfo}).
   */
  JsonNode credentialInfo(String credentialId) {
    ObjectNode body = JSON.createObjectNode();
    body.put("credentialID", credentialId);
    body.put("certificates", "chain");
    body.put("certInfo", true);
    body.put("authInfo", true);
    return post("credentials/info", body, Set.of());
  }

  /** {@code credentials/sendOTP}: the CA sends the person their one-time code. */
  void sendOtp(String credentialId) {
    ObjectNode body = JSON.createObjectNode();
    body.put("credentialID", credentialId);
    post("credentials/sendOTP", body, Set.of());
  }

  /**
   * {@code credentials/authorize}: the signature activation data (SAD) for exactly {@code hashes}
   * (SHA-256), confirmed by the one-time code given as the authentication object {@code otpId}.
   */
  String authorize(
      String credentialId, List<byte[]> hashes, String otpId, String otp, String description) {
    List<String> encoded = encode(hashes);
    ObjectNode body = JSON.createObjectNode();
    body.put("credentialID", credentialId);
    body.put("numSignatures", hashes.size());
    ArrayNode hashArray = body.putArray("hashes");
    encoded.forEach(hashArray::add);
    body.put("hashAlgorithmOID", SHA256_OID);
    body.putArray("authData").addObject().put("id", otpId).put("value", otp);
    body.put("description", description);
    Set<String> secrets = secrets(encoded, otp);
    JsonNode answer = post("credentials/authorize", body, secrets);
    JsonNode sad = answer.get("SAD");
    if (sad == null || !sad.isString() || sad.stringValue().isBlank()) {
      throw malformed("credentials/authorize answered no SAD");
    }
    return sad.stringValue();
  }

  /**
   * {@code signatures/signHash}: the raw RSA signatures (PKCS#1 v1.5, SHA-256) of {@code hashes}
   * under the authorisation {@code sad}, in the service's order (checked by the caller).
   */
  List<byte[]> signHash(String credentialId, String sad, List<byte[]> hashes) {
    List<String> encoded = encode(hashes);
    ObjectNode body = JSON.createObjectNode();
    body.put("credentialID", credentialId);
    body.put("SAD", sad);
    ArrayNode hashArray = body.putArray("hashes");
    encoded.forEach(hashArray::add);
    body.put("hashAlgorithmOID", SHA256_OID);
    body.put("signAlgo", RSA_SHA256_OID);
    JsonNode answer = post("signatures/signHash", body, secrets(encoded, sad));
    List<byte[]> signatures = new ArrayList<>();
    for (String signature : strings(answer, "signatures", "signatures/signHash")) {
      try {
        signatures.add(Base64.getDecoder().decode(signature));
      } catch (IllegalArgumentException e) {
        throw malformed("signatures/signHash answered a signature that is not base64");
      }
    }
    return signatures;
  }

  @Override
  public void close() {
    http.close();
  }

  private JsonNode post(String method, ObjectNode body, Set<String> secrets) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoints + method))
            .timeout(requestTimeout)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Accept", "application/json")
            .POST(BodyPublishers.ofString(JSON.writeValueAsString(body), UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, BodyHandlers.ofString(UTF_8));
    } catch (HttpTimeoutException e) {
      // also HttpConnectTimeoutException
      throw new RemoteSigningRefused(
          Reason.TIMEOUT, method + ": no answer in time (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new RemoteSigningRefused(
          Reason.SERVICE_UNAVAILABLE,
          method + ": the service could not be reached (" + e.getClass().getSimpleName() + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteSigningRefused(Reason.CANCELLED, method + ": interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return parse(method, response.body());
    }
    throw refusal(method, status, response.body(), secrets);
  }

  private static JsonNode parse(String method, String body) {
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode answer = JSON.readTree(body);
      if (!answer.isObject()) {
        throw malformed(method + " answered JSON that is not an object");
      }
      return answer;
    } catch (JacksonException e) {
      throw malformed(method + " answered something that is not JSON");
    }
  }

  /** The refusal an HTTP error answer means, by status first, then the CSC error body. */
  static RemoteSigningRefused refusal(String method, int status, String body, Set<String> secrets) {
    String error = null;
    String description = "";
    try {
      JsonNode answer = body == null || body.isBlank() ? null : JSON.readTree(body);
      if (answer != null && answer.isObject()) {
        error = answer.path("error").isString() ? answer.path("error").stringValue() : null;
        description =
            answer.path("error_description").isString()
                ? answer.path("error_description").stringValue()
                : "";
      }
    } catch (JacksonException e) {
      // not a CSC error body (a proxy's HTML page): the status alone decides
    }
    Reason reason = reasonFor(status, error, description);
    String said =
        error == null
            ? "no CSC error body"
            : error + (description.isEmpty() ? "" : ": " + printable(description, secrets));
    return new RemoteSigningRefused(
        reason, method + " refused (HTTP " + status + ", " + said + ")", status, error, null);
  }

  /**
   * CSC answers most refusals with {@code invalid_request} and says which in {@code
   * error_description} (the specification's wording: "Invalid parameter SAD", "SAD expired", ...),
   * so both are read; the wording of a particular CA must be checked against its documentation.
   */
  static Reason reasonFor(int status, String error, String description) {
    if (status == 401 || status == 403 || "invalid_token".equals(error)) {
      return Reason.ACCESS_DENIED;
    }
    if (status == 408 || status == 504) {
      return Reason.TIMEOUT;
    }
    if (status == 429 || status >= 500) {
      return Reason.SERVICE_UNAVAILABLE;
    }
    if ("invalid_otp".equals(error)) {
      return Reason.OTP_INVALID;
    }
    if ("access_denied".equals(error)) {
      return Reason.ACCESS_DENIED;
    }
    String said = description.toLowerCase(Locale.ROOT);
    if (said.contains("sad") && said.contains("expired")) {
      return Reason.SAD_EXPIRED;
    }
    if (said.contains("not authorized by the sad") || said.contains("not authorised by the sad")) {
      return Reason.HASHES_NOT_AUTHORISED;
    }
    if (said.contains("parameter sad")) {
      return Reason.SAD_INVALID;
    }
    if (said.contains("disabled")) {
      return Reason.CREDENTIAL_DISABLED;
    }
    if (said.contains("signatures is too high") || said.contains("multisign")) {
      return Reason.TOO_MANY_HASHES;
    }
    if (said.contains("parameter credentialid")) {
      return Reason.CREDENTIAL_UNKNOWN;
    }
    if (said.contains("otp")) {
      return Reason.OTP_INVALID;
    }
    return Reason.REFUSED;
  }

  private static String printable(String description, Set<String> secrets) {
    String text = description;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        text = text.replace(secret, "***");
      }
    }
    text = text.replaceAll("\\p{Cntrl}", " ");
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION) + "...";
  }

  private static List<String> strings(JsonNode answer, String field, String method) {
    JsonNode array = answer.get(field);
    if (array == null || !array.isArray()) {
      throw malformed(method + " answered no " + field + " array");
    }
    List<String> values = new ArrayList<>(array.size());
    for (JsonNode value : array) {
      if (!value.isString()) {
        throw malformed(method + " answered a " + field + " entry that is not a string");
      }
      values.add(value.stringValue());
    }
    return values;
  }

  private static List<String> encode(List<byte[]> hashes) {
    return hashes.stream().map(BASE64::encodeToString).toList();
  }

  private static Set<String> secrets(List<String> hashes, String secret) {
    Set<String> secrets = new HashSet<>(hashes);
    if (secret != null) {
      secrets.add(secret);
    }
    return secrets;
  }

  static RemoteSigningRefused malformed(String message) {
    return new RemoteSigningRefused(Reason.MALFORMED_ANSWER, message);
  }
}
