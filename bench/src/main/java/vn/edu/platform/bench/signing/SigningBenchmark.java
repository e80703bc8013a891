package vn.edu.platform.bench.signing;

import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.jades.SignedBatch;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Signing and verification with platform-signing as the services use it: the local adapter's
 * RSA-2048 key, the development PKI's time-stamp authority and CRLs in process (so the figures are
 * DSS's and the key's, not a network's), one thread.
 *
 * <ul>
 *   <li>{@link #signBatchAtLt}: the issue's figure, 2,000 record-sized documents (≈ 8 KB) at
 *       baseline-LT as one batch: one request to the key, one signature (and time-stamp) per group
 *       of {@link JsonSigner#MAX_DOCUMENTS_PER_SIGNATURE} (goal ≤ 4 s);
 *   <li>{@link #signEachDocumentAtLt}: the same documents with one LT signature each, per document;
 *   <li>{@link #signEachDocumentAtB}: the baseline of the same run, baseline-B one document at a
 *       time (the issue quotes about 600 signatures/s for DSS 6.3 here);
 *   <li>{@link #verifyOneDocumentOfTheBatch} and {@link #verifyOneDocumentSignedAlone}: one
 *       document with the full validation report (goal ≤ 10 ms).
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class SigningBenchmark {

  static final int BATCH = 2_000;
  static final int PER_DOCUMENT_SAMPLE = 50;

  private LocalSigningKey key;
  private JsonSigner signer;
  private JsonSignatureVerifier verifier;
  private JsonSignatureVerifier remembering;
  private List<NamedJson> documents;
  private List<String> sample;
  private byte[] batchSignature;
  private byte[] aloneSignature;

  @Setup(Level.Trial)
  public void setUp() {
    Instant start = Instant.now().minus(Duration.ofDays(1));
    Clock clock = Clock.systemUTC();
    DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", start);
    TimestampAuthority tsa = pki.issueTimestampAuthority(start, Duration.ofDays(3650));
    key =
        pki.issueSigner(
                "Trần Thị Mai",
                "Trường THCS Lê Lợi",
                "S321004",
                "Giáo viên chủ nhiệm",
                start,
                Duration.ofDays(730))
            .openKey();
    CommonCertificateVerifier validationData =
        DevelopmentPkiCrlSource.inProcessValidationData(pki, clock);
    signer = new JsonSigner(clock, tsa.tspSource(), validationData);
    verifier = new JsonSignatureVerifier(List.of(pki.rootCertificate()));
    documents =
        IntStream.range(0, BATCH)
            .mapToObj(
                i ->
                    new NamedJson(
                        "urn:edu:hoc-ba:31100%05d:2025-2026:v1".formatted(i),
                        RecordSizedJson.record(i)))
            .toList();
    sample = documents.stream().limit(PER_DOCUMENT_SAMPLE).map(NamedJson::json).toList();
    batchSignature =
        signer
            .signBatch(documents, key, JsonSigner.Level.BASELINE_LT)
            .signatureOf(documents.get(1234).name());
    aloneSignature =
        signer.sign(List.of(documents.get(7).json()), key, JsonSigner.Level.BASELINE_LT).getFirst();
    requireValid(
        verifier.verifyInBatch(
            batchSignature, documents.get(1234).name(), documents.get(1234).json()));
    requireValid(verifier.verify(aloneSignature, documents.get(7).json()));
    // the services' verifier: the group of documents 1220-1239 validated once by DSS here
    remembering =
        new JsonSignatureVerifier(List.of(pki.rootCertificate()))
            .rememberingValidGroups(100, java.time.Duration.ofHours(1));
    requireValid(
        remembering.verifyInBatch(
            batchSignature, documents.get(1234).name(), documents.get(1234).json()));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    key.close();
  }

  /** The average size of a document, in bytes of UTF-8, for the report. */
  static double averageDocumentBytes() {
    return IntStream.range(0, BATCH)
        .map(i -> RecordSizedJson.record(i).getBytes(StandardCharsets.UTF_8).length)
        .average()
        .orElseThrow();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 7)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SignedBatch signBatchAtLt() {
    return signer.signBatch(documents, key, JsonSigner.Level.BASELINE_LT);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OperationsPerInvocation(PER_DOCUMENT_SAMPLE)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<byte[]> signEachDocumentAtLt() {
    return signer.sign(sample, key, JsonSigner.Level.BASELINE_LT);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OperationsPerInvocation(PER_DOCUMENT_SAMPLE)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<byte[]> signEachDocumentAtB() {
    return signer.sign(sample, key, JsonSigner.Level.BASELINE_B);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 6, time = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public VerificationReport verifyOneDocumentOfTheBatch() {
    NamedJson document = documents.get(1234);
    return verifier.verifyInBatch(batchSignature, document.name(), document.json());
  }

  /**
   * Another document of a group the services' verifier has validated: its canonical digest against
   * the signed header, the remembered report (no DSS validation).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 6, time = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public VerificationReport verifyAnotherDocumentOfARememberedGroup() {
    NamedJson document = documents.get(1235);
    return remembering.verifyInBatch(batchSignature, document.name(), document.json());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 6, time = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public VerificationReport verifyOneDocumentSignedAlone() {
    return verifier.verify(aloneSignature, documents.get(7).json());
  }

  private static void requireValid(VerificationReport report) {
    if (report.verdict() != VerificationReport.Verdict.VALID) {
      throw new IllegalStateException("the benchmark's signature does not verify: " + report);
    }
  }
}
