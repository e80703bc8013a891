package vn.edu.platform.studentrecord.record.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Why a version of a record replaces an earlier, signed one (đính chính học bạ): the reason and the
 * decision that allowed it.
 *
 * @param previousVersionId the version it corrects, which stays readable and is marked superseded
 * @param decisionNumber the number and symbol of the principal's decision, e.g. {@code 15/QĐ-THHB}
 */
public record Correction(
    UUID previousVersionId, String reason, String decisionNumber, LocalDate decisionDate) {

  public Correction {
    Objects.requireNonNull(previousVersionId, "previousVersionId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decisionNumber, "decisionNumber");
    Objects.requireNonNull(decisionDate, "decisionDate");
  }
}
