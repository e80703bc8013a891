package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * A batch's signature time-stamps are asked for together, before DSS builds the group signatures:
 * the authority is asked exactly once per group (the digests asked ahead are the ones DSS asks
 * for), nothing is left waiting, and a request ahead that failed is asked again when DSS needs it.
 */
class TimestampsAheadTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));
  private static final Clock CLOCK = Clock.systemUTC();
  private static final DevelopmentPki PKI = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
  private static final TimestampAuthority TSA =
      PKI.issueTimestampAuthority(START, Duration.ofDays(3650));
  private static final List<NamedJson> CLASS_8C =
      IntStream.rangeClosed(1, 45)
          .mapToObj(
              i ->
                  new NamedJson(
                      "urn:edu:hoc-ba:31100400%02d:2025-2026:v1".formatted(i),
                      "{\"studentCode\": \"31100400%02d\", \"average\": 6.%d}"
                          .formatted(i, i % 10)))
          .toList();

  private static LocalSigningKey teacher;

  @BeforeAll
  static void openKey() {
    teacher =
        PKI.issueSigner(
                "Vũ Văn Nam",
                "Trường THCS Lê Lợi",
                "S321004",
                "Giáo viên chủ nhiệm",
                START,
                Duration.ofDays(730))
            .openKey();
  }

  @AfterAll
  static void closeKey() {
    teacher.close();
  }

  /** The development TSA, counting the requests it answers, failing the first {@code failing}. */
  static final class CountingAuthority implements TSPSource {
    @Serial private static final long serialVersionUID = 1L;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger failures;

    CountingAuthority(int failing) {
      this.failures = new AtomicInteger(failing);
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest)
        throws DSSException {
      requests.incrementAndGet();
      if (failures.getAndDecrement() > 0) {
        throw new DSSException("the TSA is briefly unavailable");
      }
      return TSA.tspSource().getTimeStampResponse(algorithm, digest);
    }
  }

  private static SignedBatch sign(CountingAuthority authority) {
    JsonSigner signer =
        new JsonSigner(
            CLOCK, authority, DevelopmentPkiCrlSource.inProcessValidationData(PKI, CLOCK));
    return signer.signBatch(CLASS_8C, teacher, Level.BASELINE_LT);
  }

  private static void assertEachVerifies(SignedBatch batch) {
    JsonSignatureVerifier verifier = new JsonSignatureVerifier(List.of(PKI.rootCertificate()));
    for (NamedJson record : List.of(CLASS_8C.getFirst(), CLASS_8C.get(25), CLASS_8C.getLast())) {
      VerificationReport report =
          verifier.verifyInBatch(batch.signatureOf(record.name()), record.name(), record.json());
      assertThat(report.verdict()).as(report.messages().toString()).isEqualTo(Verdict.VALID);
      assertThat(report.timestamps()).isEqualTo(1);
    }
  }

  @Test
  void theAuthorityIsAskedOncePerGroupAndEachRecordVerifies() {
    CountingAuthority authority = new CountingAuthority(0);

    SignedBatch batch = sign(authority);

    assertThat(batch.parts()).hasSize(3);
    // three asked ahead, and DSS asked for exactly those: none again
    assertThat(authority.requests).hasValue(3);
    assertEachVerifies(batch);
  }

  @Test
  void aRequestAheadThatFailedIsAskedAgainWhenDssNeedsIt() {
    CountingAuthority authority = new CountingAuthority(1);

    SignedBatch batch = sign(authority);

    assertThat(authority.requests).hasValue(4);
    assertEachVerifies(batch);
  }

  @Test
  void nothingIsLeftWaitingAfterABatch() {
    TimestampsAhead ahead = new TimestampsAhead(new CountingAuthority(0));

    List<String> keys =
        ahead.requestFor(List.of(new byte[] {1, 2, 3}, new byte[] {4, 5}), DigestAlgorithm.SHA256);
    assertThat(ahead.waiting()).isEqualTo(2);
    ahead.forget(keys);

    assertThat(ahead.waiting()).isZero();
  }
}
