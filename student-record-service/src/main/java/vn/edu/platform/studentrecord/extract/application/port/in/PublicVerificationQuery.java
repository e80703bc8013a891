package vn.edu.platform.studentrecord.extract.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Level;

/**
 * The public verification of an extract, for anyone holding it and no account: the code printed on
 * it (and carried by its QR code) opens a short answer about the record it reproduces. A wrong code
 * and an unknown record answer the same 404 {@code verification-not-found}, so nothing can be
 * probed; how often a caller may try is the gateway's rate limit.
 */
public interface PublicVerificationQuery {

  /** The answer for the holder of {@code code}, typed as on the paper or taken from the QR code. */
  PublicVerification verify(UUID recordId, String code);

  /**
   * What the holder of a valid code learns.
   *
   * @param maskedStudentName the student's name with each word but its first letter hidden
   * @param conduct the year's conduct; null for a primary record
   * @param signaturesValid both signatures present and valid over the stored record
   * @param corrected whether a later version corrected this one (the extract then shows an outdated
   *     version)
   * @param correction whether this version itself corrects an earlier one
   * @param documentSha256 the SHA-256 of the PDF as it was issued, to compare an electronic copy
   */
  record PublicVerification(
      UUID recordId,
      int version,
      String status,
      String schoolCode,
      String schoolYear,
      int grade,
      String maskedStudentName,
      Level learning,
      @Nullable Level conduct,
      List<SignatureCheck> signatures,
      boolean signaturesValid,
      boolean corrected,
      boolean correction,
      ExtractNumber extractNumber,
      Instant extractIssuedAt,
      String documentSha256) {

    public PublicVerification {
      Objects.requireNonNull(recordId, "recordId");
      signatures = List.copyOf(signatures);
    }
  }

  /**
   * One signature of the record and its verification.
   *
   * @param role {@code HOMEROOM_TEACHER} or {@code PRINCIPAL}
   * @param verdict {@code VALID}, {@code INVALID} or {@code INDETERMINATE}
   */
  record SignatureCheck(String role, Instant signedAt, String verdict) {}
}
