package vn.edu.platform.studentrecord.extract.application.port.in;

import java.text.Normalizer;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/**
 * Issuing an extract of a signed record (cấp trích lục học bạ): to whoever may read the record, for
 * a stated purpose; numbered, sealed, logged, audited and published.
 */
public interface IssueExtractUseCase {

  /**
   * @param subject the caller's stable account id (the token's subject), written to the log
   * @param purpose why the extract is wanted, e.g. {@code Nộp hồ sơ tuyển sinh lớp 10}: 1-200
   *     characters on one line, stored NFC-normalised
   */
  record IssueExtract(Actor actor, String subject, UUID recordId, String purpose) {

    public IssueExtract {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(purpose, "purpose");
      purpose = Normalizer.normalize(purpose.strip(), Normalizer.Form.NFC);
      if (purpose.isEmpty()
          || purpose.length() > Extract.MAX_PURPOSE_LENGTH
          || purpose.chars().anyMatch(Character::isISOControl)) {
        throw new RuleViolation(
            "extract-purpose",
            Violation.withMessage(
                "/purpose",
                "extract-purpose",
                "The purpose is one line of 1 to " + Extract.MAX_PURPOSE_LENGTH + " characters"));
      }
    }
  }

  /** The log entry and the sealed PDF, which is handed out once and not stored. */
  record IssuedExtract(Extract extract, byte[] pdf) {}

  /**
   * Issues an extract of the record: 404 {@code record-not-found} for a record the caller may not
   * read, 409 {@code record-not-signed} before the principal's signature, 409 {@code
   * record-superseded} for a version a later one corrected.
   */
  IssuedExtract issue(IssueExtract command);
}
