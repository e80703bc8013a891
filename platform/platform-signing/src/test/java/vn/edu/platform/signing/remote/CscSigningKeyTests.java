package vn.edu.platform.signing.remote;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.remote.RemoteSigningRefused.Reason;
import vn.edu.platform.signing.remote.simulator.CscSimulator;
import vn.edu.platform.signing.remote.simulator.CscSimulator.Endpoint;
import vn.edu.platform.signing.remote.simulator.CscSimulator.Fault;
import vn.edu.platform.signing.remote.simulator.MovableClock;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * The remote adapter against the simulated CA over real HTTP: a class's records signed with one
 * confirmation, and every way the confirmation or the service can fail.
 */
class CscSigningKeyTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private static final TimestampAuthority TSA =
      PKI.issueTimestampAuthority(START, Duration.ofDays(3650));
  private static final IssuedSigner TEACHER =
      PKI.issueSigner(
          "Nguyễn Thị Lan",
          "Trường Tiểu học Hồng Bàng",
          "S311002",
          "Giáo viên chủ nhiệm",
          START,
          Duration.ofDays(730));
  private static final int LIMIT = 30;
  private static final String TOKEN = "token-of-lan";

  private final MovableClock simulatorClock =
      new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final CscSimulator simulator =
      CscSimulator.builder()
          .clock(simulatorClock)
          .multisign(LIMIT)
          .slowAnswer(Duration.ofSeconds(2))
          .build()
          .start();
  private final String credentialId = simulator.register(TEACHER, TOKEN);
  private final List<Integer> confirmations = new ArrayList<>();
  private final List<AutoCloseable> opened = new ArrayList<>();

  /** The person reads the SMS the CA sent and types the code. */
  private final OneTimeCodes typesTheReceivedCode =
      (credential, documents) -> {
        confirmations.add(documents);
        return simulator.outbox().latestCode(credential.id());
      };

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
    simulator.close();
  }

  private CscConfiguration configuration() {
    return CscConfiguration.of(simulator.baseUri(), TOKEN);
  }

  private CscSigningKey open(CscConfiguration configuration, OneTimeCodes codes) {
    CscSigningKey key = CscSigningKey.open(configuration, codes);
    opened.add(key);
    return key;
  }

  private static List<String> classRecords(int count) {
    String[] names = {"Trần Văn An", "Phạm Thu Hà", "Đỗ Minh Khôi", "Vũ Ngọc Ánh", "Bùi Gia Huy"};
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                """
                {"studentCode": "31100200%02d", "schoolYear": "2025-2026", "grade": 5,
                 "fullName": "%s", "conduct": "Tốt", "subjects": [{"code": "TV", "score": %d}]}
                """
                    .formatted(i, names[i % names.length], 5 + i % 5))
        .toList();
  }

  private static List<Digest> digests(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Digest(
                    DigestAlgorithm.SHA256,
                    DSSUtils.digest(DigestAlgorithm.SHA256, ("học bạ " + i).getBytes(UTF_8))))
        .toList();
  }

  private static JsonSigner ltSigner() {
    Clock clock = Clock.systemUTC();
    CommonCertificateVerifier validationData =
        DevelopmentPkiCrlSource.inProcessValidationData(PKI, clock);
    return new JsonSigner(clock, TSA.tspSource(), validationData);
  }

  @Test
  void aClassOfThirtyRecordsIsSignedAtLtWithOneConfirmation() {
    List<String> records = classRecords(LIMIT);
    CscSigningKey key = open(configuration(), typesTheReceivedCode);

    List<byte[]> signatures = ltSigner().sign(records, key, Level.BASELINE_LT);

    JsonSignatureVerifier verifier = new JsonSignatureVerifier(List.of(PKI.rootCertificate()));
    assertThat(signatures).hasSize(LIMIT);
    for (int i = 0; i < LIMIT; i++) {
      VerificationReport report = verifier.verify(signatures.get(i), records.get(i));
      assertThat(report.verdict()).as("record %d", i + 1).isEqualTo(Verdict.VALID);
      assertThat(report.signer().name()).isEqualTo("Nguyễn Thị Lan");
      assertThat(report.signer().role()).isEqualTo("Giáo viên chủ nhiệm");
      assertThat(report.timestamps()).isEqualTo(1);
    }
    assertThat(confirmations).containsExactly(LIMIT);
    assertThat(simulator.calls(Endpoint.SEND_OTP)).isEqualTo(1);
    assertThat(simulator.calls(Endpoint.AUTHORIZE)).isEqualTo(1);
    assertThat(simulator.calls(Endpoint.SIGN_HASH)).isEqualTo(1);
    assertThat(key.credential().id()).isEqualTo(credentialId);
    assertThat(key.credential().multisign()).isEqualTo(LIMIT);
    assertThat(key.certificate().getCertificate()).isEqualTo(TEACHER.certificate());
    assertThat(key.chain()).hasSize(3);
    assertThat(key.credential().otpPrompt()).contains("SMS");
  }

  @Test
  void aWrongCodeSignsNothing() {
    CscSigningKey key =
        open(
            configuration(),
            (credential, documents) -> {
              String received = simulator.outbox().latestCode(credential.id());
              return received.substring(0, 5) + (char) ('0' + (received.charAt(5) - '0' + 1) % 10);
            });

    RemoteSigningRefused refused =
        catchThrowableOfType(RemoteSigningRefused.class, () -> key.signDigests(digests(3)));

    assertThat(refused.reason()).isEqualTo(Reason.OTP_INVALID);
    assertThat(refused.code()).isEqualTo("otp-invalid");
    assertThat(refused.httpStatus()).hasValue(400);
    assertThat(refused.cscError()).hasValue("invalid_otp");
    assertThat(refused.getMessage()).doesNotContain(simulator.outbox().latestCode(credentialId));
    assertThat(simulator.calls(Endpoint.AUTHORIZE)).isEqualTo(1);
    assertThat(simulator.calls(Endpoint.SIGN_HASH)).isZero();
  }

  @Test
  void aDeclinedConfirmationSignsNothing() {
    CscSigningKey key = open(configuration(), (credential, documents) -> null);

    assertThatThrownBy(() -> key.signDigests(digests(2)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .extracting(RemoteSigningRefused::reason)
        .isEqualTo(Reason.CANCELLED);
    assertThat(simulator.calls(Endpoint.AUTHORIZE)).isZero();
  }

  @Test
  void aReplayedSadIsRefused() {
    List<byte[]> hashes = digests(2).stream().map(Digest::getValue).toList();
    try (CscClient client = new CscClient(configuration())) {
      client.sendOtp(credentialId);
      String sad =
          client.authorize(
              credentialId, hashes, "OTP", simulator.outbox().latestCode(credentialId), "test");
      assertThat(client.signHash(credentialId, sad, hashes)).hasSize(2);

      assertThatThrownBy(() -> client.signHash(credentialId, sad, hashes))
          .asInstanceOf(type(RemoteSigningRefused.class))
          .extracting(RemoteSigningRefused::reason)
          .isEqualTo(Reason.SAD_INVALID);
    }
  }

  @Test
  void anExpiredSadIsRefused() {
    List<byte[]> hashes = digests(1).stream().map(Digest::getValue).toList();
    try (CscClient client = new CscClient(configuration())) {
      client.sendOtp(credentialId);
      String sad =
          client.authorize(
              credentialId, hashes, "OTP", simulator.outbox().latestCode(credentialId), "test");
      simulatorClock.advance(Duration.ofMinutes(6));

      assertThatThrownBy(() -> client.signHash(credentialId, sad, hashes))
          .asInstanceOf(type(RemoteSigningRefused.class))
          .extracting(RemoteSigningRefused::code)
          .isEqualTo("sad-expired");
    }
  }

  @Test
  void hashesOutsideTheAuthorisationAreRefused() {
    List<byte[]> authorised = digests(2).stream().map(Digest::getValue).toList();
    List<byte[]> others = digests(3).subList(1, 3).stream().map(Digest::getValue).toList();
    try (CscClient client = new CscClient(configuration())) {
      client.sendOtp(credentialId);
      String sad =
          client.authorize(
              credentialId, authorised, "OTP", simulator.outbox().latestCode(credentialId), "t");

      assertThatThrownBy(() -> client.signHash(credentialId, sad, others))
          .asInstanceOf(type(RemoteSigningRefused.class))
          .extracting(RemoteSigningRefused::reason)
          .isEqualTo(Reason.HASHES_NOT_AUTHORISED);
    }
  }

  @Test
  void aSignatureOfSomethingElseIsCaughtByOurCheck() {
    CscSigningKey key = open(configuration(), typesTheReceivedCode);
    simulator.inject(Fault.WRONG_SIGNATURE, Endpoint.SIGN_HASH);

    assertThatThrownBy(() -> key.signDigests(digests(4)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.SIGNATURE_INVALID);
              assertThat(refused.getMessage()).contains("signature 1 of 4 does not verify");
            });
    assertThat(simulator.calls(Endpoint.SIGN_HASH)).isEqualTo(1);
  }

  @Test
  void aMissingSignatureIsCaught() {
    CscSigningKey key = open(configuration(), typesTheReceivedCode);
    simulator.inject(Fault.MISSING_SIGNATURE, Endpoint.SIGN_HASH);

    assertThatThrownBy(() -> key.signDigests(digests(4)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.MALFORMED_ANSWER);
              assertThat(refused.getMessage()).contains("3 signatures for 4 hashes");
            });
  }

  @Test
  void anUnavailableServiceIsReportedAsSuch() {
    CscSigningKey key = open(configuration(), typesTheReceivedCode);
    simulator.inject(Fault.UNAVAILABLE);

    assertThatThrownBy(() -> key.signDigests(digests(2)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.code()).isEqualTo("service-unavailable");
              assertThat(refused.httpStatus()).hasValue(503);
            });
    assertThat(simulator.outbox().messages()).isEmpty();
  }

  @Test
  void aServiceThatIsDownIsReportedAsUnavailable() {
    URI gone = simulator.baseUri();
    simulator.close();

    assertThatThrownBy(() -> open(CscConfiguration.of(gone, TOKEN), typesTheReceivedCode))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.SERVICE_UNAVAILABLE);
              assertThat(refused.httpStatus()).isEmpty();
            });
  }

  @Test
  void aSlowServiceTimesOut() {
    CscSigningKey key =
        open(
            configuration().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
            typesTheReceivedCode);
    simulator.inject(Fault.SLOW_ANSWER, Endpoint.SIGN_HASH);

    assertThatThrownBy(() -> key.signDigests(digests(2)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .extracting(RemoteSigningRefused::reason)
        .isEqualTo(Reason.TIMEOUT);
    assertThat(simulator.calls(Endpoint.AUTHORIZE)).isEqualTo(1);
  }

  @Test
  void aBatchAboveTheLimitIsRefusedBeforeAnyCall() {
    CscSigningKey key = open(configuration(), typesTheReceivedCode);

    assertThatThrownBy(() -> key.signDigests(digests(LIMIT + 1)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_HASHES);
              assertThat(refused.getMessage()).contains("31 documents").contains("at most 30");
            });
    assertThat(confirmations).isEmpty();
    assertThat(simulator.calls(Endpoint.SEND_OTP)).isZero();
    assertThat(simulator.calls(Endpoint.AUTHORIZE)).isZero();
    assertThat(simulator.calls(Endpoint.SIGN_HASH)).isZero();
  }

  @Test
  void aDisabledCredentialCannotSign() {
    CscSigningKey key = open(configuration(), typesTheReceivedCode);
    simulator.disable(credentialId);

    assertThatThrownBy(() -> key.signDigests(digests(1)))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.CREDENTIAL_DISABLED);
              assertThat(refused.httpStatus()).hasValue(400);
            });
    assertThatThrownBy(() -> open(configuration(), typesTheReceivedCode))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .extracting(RemoteSigningRefused::reason)
        .isEqualTo(Reason.CREDENTIAL_DISABLED);
    assertThat(simulator.outbox().messages()).isEmpty();
  }

  @Test
  void aForeignTokenOrCredentialIsRefused() {
    AtomicInteger asked = new AtomicInteger();
    OneTimeCodes counting = (credential, documents) -> String.valueOf(asked.incrementAndGet());

    assertThatThrownBy(
            () -> open(CscConfiguration.of(simulator.baseUri(), "token-of-nobody"), counting))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .satisfies(
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.ACCESS_DENIED);
              assertThat(refused.httpStatus()).hasValue(401);
            });
    assertThatThrownBy(() -> open(configuration().withCredentialId("edu-someone-else"), counting))
        .asInstanceOf(type(RemoteSigningRefused.class))
        .extracting(RemoteSigningRefused::reason)
        .isEqualTo(Reason.CREDENTIAL_UNKNOWN);
    assertThat(asked).hasValue(0);
  }

  @Test
  void theTokenTravelsOverHttpsOnlyAndIsNeverPrinted() {
    assertThatThrownBy(() -> CscConfiguration.of(URI.create("http://ky-so.ca.vn"), "secret-token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTPS");
    assertThat(CscConfiguration.of(URI.create("https://ky-so.ca.vn"), "secret-token").toString())
        .doesNotContain("secret-token");
    assertThat(CscConfiguration.of(URI.create("http://127.0.0.1:8190"), "t").baseUri())
        .hasPort(8190);
  }

  @Test
  void aCodeOrSadEchoedByAServiceIsBlankedFromTheMessage() {
    RemoteSigningRefused refused =
        CscClient.refusal(
            "credentials/authorize",
            400,
            "{\"error\": \"invalid_otp\", \"error_description\": \"OTP 493817 is not valid\"}",
            Set.of("493817"));

    assertThat(refused.reason()).isEqualTo(Reason.OTP_INVALID);
    assertThat(refused.getMessage()).doesNotContain("493817").contains("OTP *** is not valid");
  }
}
