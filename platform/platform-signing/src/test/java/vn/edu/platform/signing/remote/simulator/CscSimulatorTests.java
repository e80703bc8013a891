package vn.edu.platform.signing.remote.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.token.digest.DigestInfoEncoder;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.remote.simulator.CscSimulator.Endpoint;
import vn.edu.platform.signing.remote.simulator.CscSimulator.Fault;

/**
 * The simulator on the wire, spoken to in raw JSON as a CSC v2 client would: what a careful CA
 * refuses, independently of the platform's own client.
 */
class CscSimulatorTests {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", NOW);
  private static final IssuedSigner MINH =
      PKI.issueSigner(
          "Lê Văn Minh",
          "Trường THCS Lê Lợi",
          "S321004",
          "Hiệu trưởng",
          NOW.minus(Duration.ofDays(1)),
          Duration.ofDays(730));
  private static final IssuedSigner LAN =
      PKI.issueSigner(
          "Nguyễn Thị Lan",
          "Trường Tiểu học Hồng Bàng",
          "S311002",
          "Giáo viên chủ nhiệm",
          NOW.minus(Duration.ofDays(1)),
          Duration.ofDays(730));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MovableClock clock = new MovableClock(NOW);
  private final CscSimulator simulator =
      CscSimulator.builder().clock(clock).multisign(10).build().start();
  private final String minh = simulator.register(MINH, "token-minh");
  private final String lan = simulator.register(LAN, "token-lan");
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    simulator.close();
    http.close();
  }

  private record Reply(int status, JsonNode body, Map<String, List<String>> headers) {
    String error() {
      return body.path("error").asString();
    }

    String description() {
      return body.path("error_description").asString();
    }
  }

  private Reply post(Endpoint endpoint, String token, ObjectNode body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator.baseUri() + endpoint.path()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    JsonNode json =
        response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    return new Reply(response.statusCode(), json, response.headers().map());
  }

  private static ObjectNode credential(String credentialId) {
    return JSON.createObjectNode().put("credentialID", credentialId);
  }

  private static String hash(String text) {
    return Base64.getEncoder()
        .encodeToString(DSSUtils.digest(DigestAlgorithm.SHA256, text.getBytes(UTF_8)));
  }

  private static ObjectNode authorization(String credentialId, String otp, String... hashes) {
    ObjectNode body = credential(credentialId);
    body.put("numSignatures", hashes.length);
    ArrayNode array = body.putArray("hashes");
    for (String hash : hashes) {
      array.add(hash);
    }
    body.put("hashAlgorithmOID", "2.16.840.1.101.3.4.2.1");
    body.putArray("authData").addObject().put("id", "OTP").put("value", otp);
    return body;
  }

  private static ObjectNode signing(String credentialId, String sad, String... hashes) {
    ObjectNode body = credential(credentialId);
    body.put("SAD", sad);
    ArrayNode array = body.putArray("hashes");
    for (String hash : hashes) {
      array.add(hash);
    }
    body.put("hashAlgorithmOID", "2.16.840.1.101.3.4.2.1");
    body.put("signAlgo", "1.2.840.113549.1.1.11");
    return body;
  }

  /** sendOTP, then authorize with the code the outbox received: the SAD. */
  private String authorise(String credentialId, String token, String... hashes) throws Exception {
    assertThat(post(Endpoint.SEND_OTP, token, credential(credentialId)).status()).isEqualTo(204);
    String code = simulator.outbox().latestCode(credentialId);
    Reply reply = post(Endpoint.AUTHORIZE, token, authorization(credentialId, code, hashes));
    assertThat(reply.status()).isEqualTo(200);
    return reply.body().path("SAD").asString();
  }

  @Test
  void everyMethodButInfoNeedsAKnownBearerToken() throws Exception {
    Reply anonymous = post(Endpoint.CREDENTIALS_LIST, null, JSON.createObjectNode());
    Reply stranger = post(Endpoint.CREDENTIALS_LIST, "token-of-nobody", JSON.createObjectNode());
    Reply info = post(Endpoint.INFO, null, JSON.createObjectNode());

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.error()).isEqualTo("invalid_token");
    assertThat(anonymous.headers().get("www-authenticate"))
        .containsExactly("Bearer error=\"invalid_token\"");
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(info.status()).isEqualTo(200);
    assertThat(info.body().path("specs").asString()).isEqualTo("2.0.0.2");
    assertThat(simulator.calls(Endpoint.CREDENTIALS_LIST)).isEqualTo(2);
  }

  @Test
  void aTokenSeesOnlyItsOwnCredentials() throws Exception {
    Reply list = post(Endpoint.CREDENTIALS_LIST, "token-minh", JSON.createObjectNode());
    Reply foreign = post(Endpoint.CREDENTIALS_INFO, "token-minh", credential(lan));

    assertThat(list.body().path("credentialIDs").values())
        .extracting(JsonNode::asString)
        .containsExactly(minh);
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.description()).isEqualTo("Invalid parameter credentialID");
  }

  @Test
  void infoGivesTheChainTheLimitAndTheOneTimeCodeObject() throws Exception {
    ObjectNode request =
        credential(minh).put("certificates", "chain").put("certInfo", true).put("authInfo", true);

    JsonNode info = post(Endpoint.CREDENTIALS_INFO, "token-minh", request).body();

    JsonNode certificates = info.path("cert").path("certificates");
    assertThat(certificates.size()).isEqualTo(3);
    assertThat(certificate(certificates.get(0).asString())).isEqualTo(MINH.certificate());
    assertThat(certificate(certificates.get(2).asString())).isEqualTo(PKI.rootCertificate());
    assertThat(info.path("cert").path("status").asString()).isEqualTo("valid");
    assertThat(info.path("cert").path("serialNumber").asString())
        .isEqualTo(MINH.certificate().getSerialNumber().toString(16));
    assertThat(info.path("cert").path("validTo").asString()).matches("\\d{14}Z");
    assertThat(info.path("key").path("status").asString()).isEqualTo("enabled");
    assertThat(info.path("key").path("algo").get(0).asString()).isEqualTo("1.2.840.113549.1.1.11");
    assertThat(info.path("key").path("len").asInt()).isEqualTo(2048);
    assertThat(info.path("auth").path("mode").asString()).isEqualTo("explicit");
    assertThat(info.path("auth").path("objects").get(0).path("id").asString()).isEqualTo("OTP");
    assertThat(info.path("scal").asString()).isEqualTo("2");
    assertThat(info.path("multisign").asInt()).isEqualTo(10);
  }

  @Test
  void aCodeGoesToTheOutboxAndServesOnce() throws Exception {
    post(Endpoint.SEND_OTP, "token-minh", credential(minh));
    OtpOutbox.Message message = simulator.outbox().latest(minh).orElseThrow();
    String hash = hash("học bạ 1");

    Reply first = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, message.code(), hash));
    Reply again = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, message.code(), hash));

    assertThat(message.code()).matches("\\d{6}");
    assertThat(message.recipient()).isEqualTo("Lê Văn Minh");
    assertThat(message.text()).contains(message.code()).contains("5 phút");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("SAD").asString()).isNotBlank();
    assertThat(first.body().path("expiresIn").asInt()).isEqualTo(300);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.error()).isEqualTo("invalid_otp");
  }

  @Test
  void aCodeExpires() throws Exception {
    post(Endpoint.SEND_OTP, "token-minh", credential(minh));
    String code = simulator.outbox().latestCode(minh);
    clock.advance(Duration.ofMinutes(6));

    Reply late = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, code, hash("x")));

    assertThat(late.error()).isEqualTo("invalid_otp");
    assertThat(late.description()).isEqualTo("The OTP has expired");
  }

  @Test
  void threeWrongCodesSpendTheCode() throws Exception {
    post(Endpoint.SEND_OTP, "token-minh", credential(minh));
    String code = simulator.outbox().latestCode(minh);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 3; i++) {
      Reply refused = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, wrong, hash("x")));
      assertThat(refused.description()).isEqualTo("The OTP is invalid");
    }

    Reply right = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, code, hash("x")));

    assertThat(right.error()).isEqualTo("invalid_otp");
    assertThat(right.description()).isEqualTo("No OTP was sent, or it was already used");
  }

  @Test
  void theSadSignsExactlyTheAuthorisedHashesOnce() throws Exception {
    String first = hash("học bạ 1");
    String second = hash("học bạ 2");
    String other = hash("học bạ khác");
    String sad = authorise(minh, "token-minh", first, second);
    String another = authorise(minh, "token-minh", first, second);

    Reply foreignHash = post(Endpoint.SIGN_HASH, "token-minh", signing(minh, sad, first, other));
    Reply spentByThatTry =
        post(Endpoint.SIGN_HASH, "token-minh", signing(minh, sad, first, second));
    Reply signed = post(Endpoint.SIGN_HASH, "token-minh", signing(minh, another, second, first));
    Reply replayed = post(Endpoint.SIGN_HASH, "token-minh", signing(minh, another, second, first));

    assertThat(foreignHash.description())
        .isEqualTo("Invalid parameter hashes: not authorized by the SAD");
    assertThat(spentByThatTry.description()).isEqualTo("Invalid parameter SAD");
    assertThat(signed.status()).isEqualTo(200);
    JsonNode signatures = signed.body().path("signatures");
    assertThat(signatures.size()).isEqualTo(2);
    assertThat(verifies(second, signatures.get(0).asString())).isTrue();
    assertThat(verifies(first, signatures.get(1).asString())).isTrue();
    assertThat(replayed.description()).isEqualTo("Invalid parameter SAD");
  }

  @Test
  void aSadIsBoundToItsCredentialAndExpires() throws Exception {
    String hash = hash("học bạ 1");
    String sadOfLan = authorise(lan, "token-lan", hash);
    String sad = authorise(minh, "token-minh", hash);
    clock.advance(Duration.ofMinutes(5));

    Reply foreignSad = post(Endpoint.SIGN_HASH, "token-minh", signing(minh, sadOfLan, hash));
    Reply expired = post(Endpoint.SIGN_HASH, "token-minh", signing(minh, sad, hash));

    assertThat(foreignSad.description()).isEqualTo("Invalid parameter SAD");
    assertThat(expired.description()).isEqualTo("SAD expired");
  }

  @Test
  void moreHashesThanTheLimitAreNotAuthorised() throws Exception {
    post(Endpoint.SEND_OTP, "token-minh", credential(minh));
    String code = simulator.outbox().latestCode(minh);
    String[] hashes = new String[11];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = hash("học bạ " + i);
    }

    Reply refused = post(Endpoint.AUTHORIZE, "token-minh", authorization(minh, code, hashes));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.description()).isEqualTo("Numbers of signatures is too high");
  }

  @Test
  void aDisabledCredentialIsRefused() throws Exception {
    simulator.disable(minh);

    Reply info = post(Endpoint.CREDENTIALS_INFO, "token-minh", credential(minh));
    Reply send = post(Endpoint.SEND_OTP, "token-minh", credential(minh));

    assertThat(info.body().path("key").path("status").asString()).isEqualTo("disabled");
    assertThat(send.status()).isEqualTo(400);
    assertThat(send.description()).isEqualTo("The credential is disabled");
    assertThat(simulator.outbox().latest(minh)).isEmpty();
  }

  @Test
  void anUnavailableServiceSaysWhenToComeBack() throws Exception {
    simulator.inject(Fault.UNAVAILABLE, Endpoint.CREDENTIALS_LIST);

    Reply unavailable = post(Endpoint.CREDENTIALS_LIST, "token-minh", JSON.createObjectNode());
    Reply info = post(Endpoint.CREDENTIALS_INFO, "token-minh", credential(minh));
    simulator.clearFaults();
    Reply healed = post(Endpoint.CREDENTIALS_LIST, "token-minh", JSON.createObjectNode());

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.headers().get("retry-after")).containsExactly("30");
    assertThat(info.status()).isEqualTo(200);
    assertThat(healed.status()).isEqualTo(200);
  }

  private static X509Certificate certificate(String base64) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
  }

  private static boolean verifies(String hash, String signature) throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("NONEwithRSA");
    verifier.initVerify(MINH.certificate().getPublicKey());
    verifier.update(
        DigestInfoEncoder.encode(
            DigestAlgorithm.SHA256.getOid(), Base64.getDecoder().decode(hash)));
    return verifier.verify(Base64.getDecoder().decode(signature));
  }
}
