package vn.edu.platform.signing.remote.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;

/**
 * A licensed CA's remote signing service, in process: the Cloud Signature Consortium API v2
 * endpoints the platform uses ({@code credentials/list}, {@code credentials/info}, {@code
 * credentials/sendOTP}, {@code credentials/authorize}, {@code signatures/signHash}, and the
 * unauthenticated {@code info}) over HTTP, on the loopback interface, with the JDK's HTTP server.
 * The counterpart of {@code CscSigningKey} in tests and, later, in the local demo platform; never a
 * service for real signatures.
 *
 * <p>Each {@link #register registered} signer of the development PKI is one credential, owned by
 * the holder of an access token; its key is the signer's PKCS#12 entry. It behaves as a careful CA
 * does:
 *
 * <ul>
 *   <li>every method but {@code info} requires {@code Authorization: Bearer} with a registered
 *       token, and a token sees only its own credentials;
 *   <li>{@code sendOTP} delivers a six-digit code to the {@link #outbox() outbox} (an SMS gateway's
 *       stand-in); the code is single-use, expires after {@link Builder#otpLifetime} and dies after
 *       three wrong attempts;
 *   <li>{@code authorize} turns the code into a signature activation data (SAD) bound to exactly
 *       the hashes given and their count (SCAL 2), at most {@link Builder#multisign} of them; the
 *       SAD expires after {@link Builder#sadLifetime} and is spent by the first {@code signHash}
 *       that presents it, whatever its outcome;
 *   <li>{@code signHash} signs (RSA PKCS#1 v1.5, SHA-256) only the authorised hashes;
 *   <li>a {@link #disable disabled} credential is refused.
 * </ul>
 *
 * Time comes from an injectable clock; calls are counted per {@link Endpoint}; {@link Fault faults}
 * can be injected (a slow answer, 503, a wrong or a missing signature). Errors are answered as the
 * specification does: an HTTP status and a body {@code {"error": ..., "error_description": ...}}.
 */
public final class CscSimulator implements AutoCloseable {

  /** The CSC methods the simulator answers. */
  public enum Endpoint {
    INFO("info"),
    CREDENTIALS_LIST("credentials/list"),
    CREDENTIALS_INFO("credentials/info"),
    SEND_OTP("credentials/sendOTP"),
    AUTHORIZE("credentials/authorize"),
    SIGN_HASH("signatures/signHash");

    private final String method;

    Endpoint(String method) {
      this.method = method;
    }

    /** The CSC method name, e.g. {@code credentials/authorize}. */
    public String method() {
      return method;
    }

    /** The request path, e.g. {@code /csc/v2/credentials/authorize}. */
    public String path() {
      return "/csc/v2/" + method;
    }
  }

  /** Ways a service fails that the platform must survive. */
  public enum Fault {
    /** 503 with {@code Retry-After}, before anything is done. */
    UNAVAILABLE,
    /** The answer comes after {@link Builder#slowAnswer}; the work is done all the same. */
    SLOW_ANSWER,
    /** {@code signHash} answers, for the first hash, a valid signature of a different hash. */
    WRONG_SIGNATURE,
    /** {@code signHash} answers one signature fewer than hashes. */
    MISSING_SIGNATURE
  }

  static final String SHA256_OID = "2.16.840.1.101.3.4.2.1";
  static final String RSA_SHA256_OID = "1.2.840.113549.1.1.11";
  static final String OTP_ID = "OTP";
  private static final int OTP_ATTEMPTS = 3;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter GENERALIZED_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private final int port;
  private final Clock clock;
  private final Duration otpLifetime;
  private final Duration sadLifetime;
  private final int multisign;
  private final Duration slowAnswer;

  private final SecureRandom random = new SecureRandom();
  private final OtpOutbox outbox = new OtpOutbox();
  private final Map<Endpoint, AtomicInteger> calls = new EnumMap<>(Endpoint.class);
  private final Map<Endpoint, Fault> faults = new ConcurrentHashMap<>();

  // guarded by this
  private final Map<String, Credential> credentials = new LinkedHashMap<>();
  private final Map<String, PendingOtp> pendingCodes = new HashMap<>();
  private final Map<String, Authorisation> authorisations = new HashMap<>();

  private HttpServer server;
  private ExecutorService executor;

  private CscSimulator(Builder builder) {
    this.port = builder.port;
    this.clock = builder.clock;
    this.otpLifetime = builder.otpLifetime;
    this.sadLifetime = builder.sadLifetime;
    this.multisign = builder.multisign;
    this.slowAnswer = builder.slowAnswer;
    for (Endpoint endpoint : Endpoint.values()) {
      calls.put(endpoint, new AtomicInteger());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How the simulated service behaves; every setting has a realistic default. */
  public static final class Builder {
    private int port = 0;
    private Clock clock = Clock.systemUTC();
    private Duration otpLifetime = Duration.ofMinutes(5);
    private Duration sadLifetime = Duration.ofMinutes(5);
    private int multisign = 50;
    private Duration slowAnswer = Duration.ofSeconds(10);

    private Builder() {}

    /** The TCP port on the loopback interface; 0 (the default) for any free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The clock that decides when codes and SADs expire. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** How long a one-time code stays usable (default 5 minutes). */
    public Builder otpLifetime(Duration otpLifetime) {
      this.otpLifetime = Objects.requireNonNull(otpLifetime);
      return this;
    }

    /** How long a SAD stays usable (default 5 minutes). */
    public Builder sadLifetime(Duration sadLifetime) {
      this.sadLifetime = Objects.requireNonNull(sadLifetime);
      return this;
    }

    /** How many hashes one authorisation may cover, for every credential (default 50). */
    public Builder multisign(int multisign) {
      if (multisign < 1) {
        throw new IllegalArgumentException("multisign must be at least 1");
      }
      this.multisign = multisign;
      return this;
    }

    /** How late a {@link Fault#SLOW_ANSWER} answers (default 10 seconds). */
    public Builder slowAnswer(Duration slowAnswer) {
      this.slowAnswer = Objects.requireNonNull(slowAnswer);
      return this;
    }

    public CscSimulator build() {
      return new CscSimulator(this);
    }
  }

  /** Starts answering; {@link #baseUri()} then says where. */
  public synchronized CscSimulator start() {
    if (server != null) {
      throw new IllegalStateException("the simulator is already started");
    }
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      executor = Executors.newVirtualThreadPerTaskExecutor();
      created.setExecutor(executor);
      created.createContext("/", this::handle);
      created.start();
      server = created;
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on port " + port, e);
    }
  }

  /** Where the service answers, e.g. {@code http://127.0.0.1:41234} (its API under /csc/v2/). */
  public synchronized URI baseUri() {
    if (server == null) {
      throw new IllegalStateException("the simulator is not started");
    }
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /**
   * Makes {@code signer}'s PKCS#12 entry a credential of the holder of {@code accessToken}; returns
   * its credential identifier.
   */
  public synchronized String register(IssuedSigner signer, String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("the access token is empty");
    }
    byte[] id = new byte[8];
    random.nextBytes(id);
    String credentialId = "edu-" + HexFormat.of().formatHex(id);
    LocalSigningKey key = signer.openKey();
    credentials.put(
        credentialId,
        new Credential(credentialId, accessToken, key, commonName(signer.certificate())));
    return credentialId;
  }

  /** From now on, the credential's key is disabled: nothing is sent, authorised or signed. */
  public synchronized void disable(String credentialId) {
    credential(credentialId).enabled = false;
  }

  public synchronized void enable(String credentialId) {
    credential(credentialId).enabled = true;
  }

  /** The one-time codes delivered so far. */
  public OtpOutbox outbox() {
    return outbox;
  }

  /** How many requests reached {@code endpoint} (refused ones included). */
  public int calls(Endpoint endpoint) {
    return calls.get(endpoint).get();
  }

  /** {@code fault} on {@code endpoints}, or on every endpoint if none is named. */
  public void inject(Fault fault, Endpoint... endpoints) {
    Objects.requireNonNull(fault, "fault");
    for (Endpoint endpoint : endpoints.length == 0 ? Endpoint.values() : endpoints) {
      faults.put(endpoint, fault);
    }
  }

  /** Back to normal service. */
  public void clearFaults() {
    faults.clear();
  }

  /** Stops answering and closes the keys. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
    credentials.values().forEach(credential -> credential.key.close());
    credentials.clear();
  }

  // --- HTTP ---

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Answer answer;
      try {
        answer = answer(exchange);
      } catch (Refusal refusal) {
        answer = refusal.answer();
      } catch (RuntimeException e) {
        // a key closed under a slow answer, a bug: a CA answers 500, not a dropped connection
        answer = new Refusal(500, "server_error", "Internal error").answer();
      }
      send(exchange, answer);
    } catch (IOException e) {
      // the client went away (a timeout on its side): nothing to answer
    }
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    Endpoint endpoint = endpointOf(exchange.getRequestURI().getPath());
    if (endpoint == null) {
      throw new Refusal(404, "invalid_request", "Unknown method");
    }
    calls.get(endpoint).incrementAndGet();
    if (!"POST".equals(exchange.getRequestMethod())) {
      throw new Refusal(405, "invalid_request", "The method is called with POST");
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    Fault fault = faults.get(endpoint);
    if (fault == Fault.SLOW_ANSWER) {
      try {
        Thread.sleep(slowAnswer);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while answering slowly", e);
      }
    }
    if (fault == Fault.UNAVAILABLE) {
      exchange.getResponseHeaders().add("Retry-After", "30");
      throw new Refusal(503, "temporarily_unavailable", "The service is temporarily unavailable");
    }
    if (endpoint == Endpoint.INFO) {
      return Answer.ok(serviceInfo());
    }
    String owner = tokenOwner(exchange);
    JsonNode request = parse(body);
    return switch (endpoint) {
      case CREDENTIALS_LIST -> Answer.ok(list(owner));
      case CREDENTIALS_INFO -> Answer.ok(info(owner, request));
      case SEND_OTP -> {
        sendOtp(owner, request);
        yield Answer.noContent();
      }
      case AUTHORIZE -> Answer.ok(authorize(owner, request));
      case SIGN_HASH -> Answer.ok(signHash(owner, request, fault));
      case INFO -> throw new IllegalStateException("answered above");
    };
  }

  private static Endpoint endpointOf(String path) {
    for (Endpoint endpoint : Endpoint.values()) {
      if (endpoint.path().equals(path)) {
        return endpoint;
      }
    }
    return null;
  }

  private synchronized String tokenOwner(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    if (token != null
        && credentials.values().stream().anyMatch(credential -> credential.owner.equals(token))) {
      return token;
    }
    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    throw new Refusal(401, "invalid_token", "The access token is not valid");
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode request = JSON.readTree(body.length == 0 ? "{}".getBytes(UTF_8) : body);
      if (!request.isObject()) {
        throw new Refusal(400, "invalid_request", "The request body is not a JSON object");
      }
      return request;
    } catch (JacksonException e) {
      throw new Refusal(400, "invalid_request", "The request body is not JSON");
    }
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    if (answer.body() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(answer.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  // --- the CSC methods ---

  private ObjectNode serviceInfo() {
    ObjectNode info = JSON.createObjectNode();
    info.put("specs", "2.0.0.2");
    info.put("name", "EDU CSC simulator");
    info.put("logo", "");
    info.put("region", "VN");
    info.put("lang", "vi-VN");
    info.put("description", "Dịch vụ ký số từ xa mô phỏng, chỉ dùng cho phát triển và kiểm thử");
    // access tokens are handed out of band (OAuth2 login to a CA is not simulated)
    info.putArray("authType").add("external");
    ArrayNode methods = info.putArray("methods");
    for (Endpoint endpoint : Endpoint.values()) {
      if (endpoint != Endpoint.INFO) {
        methods.add(endpoint.method());
      }
    }
    return info;
  }

  private synchronized ObjectNode list(String owner) {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode ids = answer.putArray("credentialIDs");
    credentials.values().stream()
        .filter(credential -> credential.owner.equals(owner))
        .forEach(credential -> ids.add(credential.id));
    return answer;
  }

  private synchronized ObjectNode info(String owner, JsonNode request) {
    Credential credential = ownCredential(owner, request);
    String certificates = optionalText(request, "certificates", "single");
    if (!List.of("none", "single", "chain").contains(certificates)) {
      throw new Refusal(400, "invalid_request", "Invalid parameter certificates");
    }
    X509Certificate certificate = credential.key.certificate().getCertificate();
    ObjectNode answer = JSON.createObjectNode();
    answer.put("description", "Chứng thư số của " + credential.holder);
    ObjectNode key = answer.putObject("key");
    key.put("status", credential.enabled ? "enabled" : "disabled");
    key.putArray("algo").add(RSA_SHA256_OID);
    key.put("len", ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
    ObjectNode cert = answer.putObject("cert");
    Instant now = clock.instant();
    boolean current =
        !now.isBefore(certificate.getNotBefore().toInstant())
            && !now.isAfter(certificate.getNotAfter().toInstant());
    cert.put("status", current ? "valid" : "expired");
    if (!"none".equals(certificates)) {
      ArrayNode array = cert.putArray("certificates");
      List<CertificateToken> chain =
          "chain".equals(certificates)
              ? credential.key.chain()
              : List.of(credential.key.certificate());
      chain.forEach(token -> array.add(Base64.getEncoder().encodeToString(token.getEncoded())));
    }
    if (request.path("certInfo").asBoolean(false)) {
      cert.put("issuerDN", certificate.getIssuerX500Principal().getName());
      cert.put("serialNumber", certificate.getSerialNumber().toString(16));
      cert.put("subjectDN", certificate.getSubjectX500Principal().getName());
      cert.put("validFrom", GENERALIZED_TIME.format(certificate.getNotBefore().toInstant()));
      cert.put("validTo", GENERALIZED_TIME.format(certificate.getNotAfter().toInstant()));
    }
    if (request.path("authInfo").asBoolean(false)) {
      ObjectNode auth = answer.putObject("auth");
      auth.put("mode", "explicit");
      auth.put("expression", OTP_ID);
      ObjectNode otp = auth.putArray("objects").addObject();
      otp.put("type", "Password");
      otp.put("id", OTP_ID);
      otp.put("format", "N");
      otp.put("label", "OTP");
      otp.put("description", "Mã OTP gửi qua SMS đến số điện thoại đã đăng ký với CA");
    }
    // SCAL 2: the authorisation is bound to the hashes it covers
    answer.put("scal", "2");
    answer.put("multisign", multisign);
    answer.put("lang", "vi-VN");
    return answer;
  }

  private synchronized void sendOtp(String owner, JsonNode request) {
    Credential credential = usableCredential(owner, request);
    String code = "%06d".formatted(random.nextInt(1_000_000));
    Instant now = clock.instant();
    // a new code replaces an unused one
    pendingCodes.put(credential.id, new PendingOtp(code, now.plus(otpLifetime), 0));
    outbox.deliver(
        new OtpOutbox.Message(
            credential.id,
            credential.holder,
            code,
            now,
            "Mã OTP ký số của bạn là "
                + code
                + ", hiệu lực "
                + otpLifetime.toMinutes()
                + " phút. Không chia sẻ mã này với bất kỳ ai."));
  }

  private synchronized ObjectNode authorize(String owner, JsonNode request) {
    Credential credential = usableCredential(owner, request);
    JsonNode count = request.path("numSignatures");
    if (!count.isIntegralNumber() || !count.canConvertToInt() || count.intValue() < 1) {
      throw new Refusal(
          400, "invalid_request", "Missing (or invalid type) integer parameter numSignatures");
    }
    if (count.intValue() > multisign) {
      throw new Refusal(400, "invalid_request", "Numbers of signatures is too high");
    }
    List<String> hashes = hashes(request);
    if (hashes.size() != count.intValue()) {
      throw new Refusal(
          400, "invalid_request", "Invalid parameter hashes: numSignatures hashes are required");
    }
    requireSha256(request, true);
    String otp = otpValue(request.path("authData"));

    PendingOtp pending = pendingCodes.get(credential.id);
    Instant now = clock.instant();
    if (pending == null) {
      throw new Refusal(400, "invalid_otp", "No OTP was sent, or it was already used");
    }
    if (!now.isBefore(pending.expiresAt())) {
      pendingCodes.remove(credential.id);
      throw new Refusal(400, "invalid_otp", "The OTP has expired");
    }
    if (!MessageDigest.isEqual(pending.code().getBytes(UTF_8), otp.getBytes(UTF_8))) {
      int failures = pending.failures() + 1;
      if (failures >= OTP_ATTEMPTS) {
        pendingCodes.remove(credential.id);
      } else {
        pendingCodes.put(
            credential.id, new PendingOtp(pending.code(), pending.expiresAt(), failures));
      }
      throw new Refusal(400, "invalid_otp", "The OTP is invalid");
    }
    pendingCodes.remove(credential.id);

    byte[] sadBytes = new byte[32];
    random.nextBytes(sadBytes);
    String sad = Base64.getUrlEncoder().withoutPadding().encodeToString(sadBytes);
    authorisations.put(
        sad, new Authorisation(credential.id, sorted(hashes), now.plus(sadLifetime)));
    ObjectNode answer = JSON.createObjectNode();
    answer.put("SAD", sad);
    answer.put("expiresIn", sadLifetime.toSeconds());
    return answer;
  }

  private ObjectNode signHash(String owner, JsonNode request, Fault fault) {
    Credential credential;
    List<String> hashes;
    synchronized (this) {
      credential = usableCredential(owner, request);
      JsonNode sad = request.path("SAD");
      if (!sad.isString()) {
        throw new Refusal(400, "invalid_request", "Missing (or invalid type) string parameter SAD");
      }
      if (!RSA_SHA256_OID.equals(request.path("signAlgo").stringValue(null))) {
        throw new Refusal(400, "invalid_request", "Invalid parameter signAlgo");
      }
      requireSha256(request, false);
      hashes = hashes(request);
      // spent by its first use, whatever follows: a SAD is never tried twice
      Authorisation authorisation = authorisations.remove(sad.stringValue());
      if (authorisation == null || !authorisation.credentialId().equals(credential.id)) {
        throw new Refusal(400, "invalid_request", "Invalid parameter SAD");
      }
      if (!clock.instant().isBefore(authorisation.expiresAt())) {
        throw new Refusal(400, "invalid_request", "SAD expired");
      }
      if (!authorisation.hashes().equals(sorted(hashes))) {
        throw new Refusal(
            400, "invalid_request", "Invalid parameter hashes: not authorized by the SAD");
      }
    }
    List<Digest> digests = new ArrayList<>(hashes.size());
    for (int i = 0; i < hashes.size(); i++) {
      byte[] hash = Base64.getDecoder().decode(hashes.get(i));
      if (i == 0 && fault == Fault.WRONG_SIGNATURE) {
        hash[0] ^= 0x01;
      }
      digests.add(new Digest(DigestAlgorithm.SHA256, hash));
    }
    List<SignatureValue> values = credential.key.signDigests(digests);
    if (fault == Fault.MISSING_SIGNATURE) {
      values = values.subList(0, values.size() - 1);
    }
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode signatures = answer.putArray("signatures");
    values.forEach(value -> signatures.add(Base64.getEncoder().encodeToString(value.getValue())));
    return answer;
  }

  // --- checks ---

  private Credential ownCredential(String owner, JsonNode request) {
    JsonNode id = request.path("credentialID");
    if (!id.isString()) {
      throw new Refusal(
          400, "invalid_request", "Missing (or invalid type) string parameter credentialID");
    }
    Credential credential = credentials.get(id.stringValue());
    // another holder's credential is as unknown as a made-up one
    if (credential == null || !credential.owner.equals(owner)) {
      throw new Refusal(400, "invalid_request", "Invalid parameter credentialID");
    }
    return credential;
  }

  private Credential usableCredential(String owner, JsonNode request) {
    Credential credential = ownCredential(owner, request);
    if (!credential.enabled) {
      throw new Refusal(400, "invalid_request", "The credential is disabled");
    }
    return credential;
  }

  private static List<String> hashes(JsonNode request) {
    JsonNode array = request.path("hashes");
    if (!array.isArray() || array.isEmpty()) {
      throw new Refusal(400, "invalid_request", "Missing (or invalid type) array parameter hashes");
    }
    List<String> hashes = new ArrayList<>(array.size());
    for (JsonNode hash : array) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(hash.stringValue(""));
      } catch (IllegalArgumentException e) {
        throw new Refusal(400, "invalid_request", "Invalid Base64 hashes string parameter");
      }
      if (bytes.length != 32) {
        throw new Refusal(400, "invalid_request", "Invalid parameter hashes: not SHA-256 values");
      }
      // one spelling per hash, whatever base64 variant the client used
      hashes.add(Base64.getEncoder().encodeToString(bytes));
    }
    return hashes;
  }

  private static void requireSha256(JsonNode request, boolean required) {
    JsonNode oid = request.path("hashAlgorithmOID");
    if ((required || !oid.isMissingNode()) && !SHA256_OID.equals(oid.stringValue(null))) {
      throw new Refusal(400, "invalid_request", "Invalid parameter hashAlgorithmOID");
    }
  }

  private static String otpValue(JsonNode authData) {
    for (JsonNode object : authData) {
      if (OTP_ID.equals(object.path("id").stringValue(null)) && object.path("value").isString()) {
        return object.path("value").stringValue();
      }
    }
    throw new Refusal(400, "invalid_request", "Missing OTP in parameter authData");
  }

  private static List<String> sorted(List<String> hashes) {
    return hashes.stream().sorted().toList();
  }

  private static String optionalText(JsonNode request, String field, String fallback) {
    JsonNode value = request.path(field);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isString()) {
      throw new Refusal(400, "invalid_request", "Invalid parameter " + field);
    }
    return value.stringValue();
  }

  private Credential credential(String credentialId) {
    Credential credential = credentials.get(credentialId);
    if (credential == null) {
      throw new IllegalArgumentException("no credential " + credentialId);
    }
    return credential;
  }

  private static String commonName(X509Certificate certificate) {
    RDN[] names =
        X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
            .getRDNs(BCStyle.CN);
    return names.length == 0
        ? certificate.getSubjectX500Principal().getName()
        : IETFUtils.valueToString(names[0].getFirst().getValue());
  }

  // --- state ---

  private static final class Credential {
    final String id;
    final String owner;
    final LocalSigningKey key;
    final String holder;
    volatile boolean enabled = true;

    Credential(String id, String owner, LocalSigningKey key, String holder) {
      this.id = id;
      this.owner = owner;
      this.key = key;
      this.holder = holder;
    }
  }

  private record PendingOtp(String code, Instant expiresAt, int failures) {}

  private record Authorisation(String credentialId, List<String> hashes, Instant expiresAt) {}

  private record Answer(int status, JsonNode body) {
    static Answer ok(JsonNode body) {
      return new Answer(200, body);
    }

    static Answer noContent() {
      return new Answer(204, null);
    }
  }

  /** A CSC error answer, thrown from wherever the request is found wanting. */
  private static final class Refusal extends RuntimeException {
    private final int status;
    private final String error;
    private final String description;

    Refusal(int status, String error, String description) {
      super(error + ": " + description, null, false, false);
      this.status = status;
      this.error = error;
      this.description = description;
    }

    Answer answer() {
      ObjectNode body = JSON.createObjectNode();
      body.put("error", error);
      body.put("error_description", description);
      return new Answer(status, body);
    }
  }
}
