package vn.edu.platform.studentrecord.extract.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the PDF of an extract says: the record it reproduces and the extract's own facts (its
 * number, why and by whom it was issued, when, and where and with which code it is verified).
 *
 * @param verificationLink the public verification URL the QR code encodes
 */
public record ExtractDocument(
    ExtractedRecord record,
    ExtractNumber number,
    String purpose,
    Instant issuedAt,
    Issuer issuer,
    URI verificationLink,
    VerificationCode code) {

  public ExtractDocument {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(verificationLink, "verificationLink");
    Objects.requireNonNull(code, "code");
  }

  /**
   * The public verification URL of an extract of {@code record}: {@code
   * {publicUrl}/public/v1/student-records/verifications/{recordId}?code={code}}.
   *
   * @param publicUrl the URL clients reach the platform at (the gateway), without a trailing slash
   *     or with one
   */
  public static URI verificationLink(
      String publicUrl, ExtractedRecord record, VerificationCode code) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return URI.create(
        base
            + "/public/v1/student-records/verifications/"
            + record.recordId()
            + "?code="
            + code.value());
  }
}
