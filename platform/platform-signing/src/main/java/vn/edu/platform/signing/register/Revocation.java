package vn.edu.platform.signing.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The department's decision that revokes a registered certificate (quyết định thu hồi): from {@code
 * effectiveAt} on the certificate signs nothing; what it signed before stays signed.
 *
 * @param effectiveAt the first instant at which the certificate may no longer sign
 * @param decisionNumber the decision's number and symbol, e.g. {@code 45/QĐ-SGDĐT}
 * @param decisionDate the decision's date
 * @param reason why, as the decision says (e.g. the holder moved to another school); may be null
 */
public record Revocation(
    Instant effectiveAt, String decisionNumber, LocalDate decisionDate, String reason) {

  public Revocation {
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    decisionNumber = Texts.required(decisionNumber, "decisionNumber");
    Objects.requireNonNull(decisionDate, "decisionDate");
    reason = Texts.optional(reason);
  }

  /** Whether the certificate is revoked at {@code instant}: on or after the effective instant. */
  public boolean inForceAt(Instant instant) {
    return !instant.isBefore(effectiveAt);
  }
}
