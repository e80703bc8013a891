package vn.edu.platform.studentrecord.extract.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One entry of the log of extracts (sổ cấp trích lục học bạ): the extract's number, the record
 * version it reproduces, who had it issued in which capacity and why, when, the SHA-256 of its
 * verification code (never the code) and the SHA-256 of the sealed PDF as it was handed out. Never
 * changed once written.
 *
 * @param verificationCodeHash SHA-256 of the code, lower-case hexadecimal ({@link
 *     VerificationCode#hash()})
 * @param documentSha256 SHA-256 of the sealed PDF, lower-case hexadecimal
 */
public record Extract(
    UUID id,
    ExtractNumber number,
    UUID recordId,
    int recordVersion,
    String studentCode,
    String schoolCode,
    String schoolYear,
    int grade,
    Issuer issuer,
    String purpose,
    Instant issuedAt,
    String verificationCodeHash,
    String documentSha256) {

  /** The longest purpose an extract states. */
  public static final int MAX_PURPOSE_LENGTH = 200;

  private static final Pattern SHA_256 = Pattern.compile("^[0-9a-f]{64}$");

  public Extract {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (recordVersion < 1) {
      throw new IllegalArgumentException("record version " + recordVersion);
    }
    if (purpose.isBlank() || purpose.length() > MAX_PURPOSE_LENGTH) {
      throw new IllegalArgumentException("a purpose is 1-" + MAX_PURPOSE_LENGTH + " characters");
    }
    if (!number.value().startsWith(schoolCode + "-" + schoolYear + "-")) {
      throw new IllegalArgumentException(
          "extract " + number + " is not numbered in the register of " + schoolCode);
    }
    requireSha256(verificationCodeHash, "verificationCodeHash");
    requireSha256(documentSha256, "documentSha256");
  }

  /** Whether {@code code} is the one printed on this extract. */
  public boolean isVerifiedBy(VerificationCode code) {
    return code.hash().equals(verificationCodeHash);
  }

  private static void requireSha256(String value, String what) {
    if (value == null || !SHA_256.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " is a SHA-256 in lower-case hexadecimal");
    }
  }
}
