package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.kernel.Violation;

/**
 * A target of a plan (chỉ tiêu), e.g. "73.14 % of schools meet the national standard".
 *
 * <p>{@code minValue}/{@code maxValue} bound the indicator (0-100 for a percentage, which is the
 * default when the unit of measure is {@code %}); the target value, the baseline and every value
 * reported later must lie within. Its id is stable: progress reports and {@code
 * TargetValueReported} events refer to it.
 *
 * @param baseline the value when the plan was made, if known
 * @param deadline when the value is to be reached; never recurring
 */
public record Target(
    UUID id,
    String indicator,
    String unitOfMeasure,
    BigDecimal targetValue,
    BigDecimal baseline,
    BigDecimal minValue,
    BigDecimal maxValue,
    Deadline deadline,
    TargetScope scope,
    TargetSource source) {

  public static final String PERCENT = "%";

  public Target {
    indicator = Texts.nfc(indicator);
    unitOfMeasure = Texts.nfc(unitOfMeasure);
    if (PERCENT.equals(unitOfMeasure)) {
      minValue = minValue == null ? BigDecimal.ZERO : minValue;
      maxValue = maxValue == null ? BigDecimal.valueOf(100) : maxValue;
    }
    scope = scope == null ? TargetScope.province() : scope;
    source = source == null ? TargetSource.REPORTED : source;
  }

  /** The target's own rules, with pointers relative to the target. */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    if (indicator == null) {
      violations.add(Violation.withMessage("/indicator", "required", "A target has an indicator"));
    }
    if (unitOfMeasure == null) {
      violations.add(Violation.withMessage("/unitOfMeasure", "required", "A target has a unit"));
    }
    if (targetValue == null) {
      violations.add(Violation.withMessage("/targetValue", "required", "A target has a value"));
    }
    if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
      violations.add(
          Violation.withMessage(
              "/maxValue", "invalid-range", "The indicator's maximum is below its minimum"));
      return violations;
    }
    checkInRange(violations, "/targetValue", targetValue);
    checkInRange(violations, "/baseline", baseline);
    if (deadline != null && deadline.kind() == DeadlineKind.RECURRING) {
      violations.add(
          Violation.withMessage(
              "/deadline/kind",
              "recurring-target",
              "A target is reached by a date, not recurring"));
    }
    return violations;
  }

  /** Whether a value lies within the indicator's range. */
  public boolean accepts(BigDecimal value) {
    return (minValue == null || value.compareTo(minValue) >= 0)
        && (maxValue == null || value.compareTo(maxValue) <= 0);
  }

  private void checkInRange(List<Violation> violations, String pointer, BigDecimal value) {
    if (value != null && !accepts(value)) {
      violations.add(
          Violation.withMessage(
              pointer,
              "value-out-of-range",
              "The value "
                  + value.toPlainString()
                  + " lies outside the indicator's range ["
                  + (minValue == null ? "-∞" : minValue.toPlainString())
                  + ", "
                  + (maxValue == null ? "∞" : maxValue.toPlainString())
                  + "]"));
    }
  }
}
