package vn.edu.platform.signing.jades;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.Serial;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * A batch's signature time-stamps are asked for together, before DSS builds the group signatures:
 * the authority is asked exactly once per group (the digests asked ahead are the ones DSS asks
 * for), nothing is left waiting, and a request ahead that failed is asked again when DSS needs it.
 */
class TimestampsAheadTests {

  private static final BatchTestPki PKI = BatchTestPki.create();
  private static final List<NamedJson> CLASS_8C = BatchTestPki.classRecords("31100400", "8C", 45);

  private static LocalSigningKey teacher;

  @BeforeAll
  static void openKey() {
    teacher = PKI.homeroomTeacher("Vũ Văn Nam");
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
      return PKI.tsa().tspSource().getTimeStampResponse(algorithm, digest);
    }
  }

  private static SignedBatch sign(CountingAuthority authority) {
    JsonSigner signer = new JsonSigner(PKI.clock(), authority, PKI.validationData());
    return signer.signBatch(CLASS_8C, teacher, Level.BASELINE_LT);
  }

  private static void assertEachVerifies(SignedBatch batch) {
    JsonSignatureVerifier verifier =
        new JsonSignatureVerifier(List.of(PKI.pki().rootCertificate()));
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
