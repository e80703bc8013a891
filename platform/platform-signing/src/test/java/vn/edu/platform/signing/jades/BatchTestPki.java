package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.DevelopmentPkiCrlSource;
import vn.edu.platform.signing.localpki.TimestampAuthority;
import vn.edu.platform.signing.signer.LocalSigningKey;

/**
 * What the batch tests sign with: a development PKI of their own (valid since yesterday) with its
 * time-stamp authority, in process, and a class's records named as the services name them.
 */
record BatchTestPki(Instant start, Clock clock, DevelopmentPki pki, TimestampAuthority tsa) {

  static BatchTestPki create() {
    Instant start = Instant.now().minus(Duration.ofDays(1));
    DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", start);
    return new BatchTestPki(
        start, Clock.systemUTC(), pki, pki.issueTimestampAuthority(start, Duration.ofDays(3650)));
  }

  /** A homeroom teacher's key at Trường THCS Lê Lợi (S321004), valid for two years. */
  LocalSigningKey homeroomTeacher(String name) {
    return pki.issueSigner(
            name,
            "Trường THCS Lê Lợi",
            "S321004",
            "Giáo viên chủ nhiệm",
            start,
            Duration.ofDays(730))
        .openKey();
  }

  /** The chain's CRLs from the PKI in process, for LT signatures. */
  CommonCertificateVerifier validationData() {
    return DevelopmentPkiCrlSource.inProcessValidationData(pki, clock);
  }

  /**
   * {@code size} records of class {@code className} in 2025-2026, student codes {@code codePrefix}
   * followed by two digits, each named {@code urn:edu:hoc-ba:<code>:2025-2026:v1}, conduct "Tốt".
   */
  static List<NamedJson> classRecords(String codePrefix, String className, int size) {
    return IntStream.rangeClosed(1, size)
        .mapToObj(
            i -> {
              String code = codePrefix + "%02d".formatted(i);
              return new NamedJson(
                  "urn:edu:hoc-ba:" + code + ":2025-2026:v1",
                  """
                  {"studentCode": "%s", "schoolYear": "2025-2026", "class": "%s",
                   "fullName": "Học Sinh %d", "conduct": "Tốt", "average": 8.%d}
                  """
                      .formatted(code, className, i, i % 10));
            })
        .toList();
  }
}
