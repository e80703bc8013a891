package vn.edu.platform.plan.report.domain;

import java.math.BigDecimal;

/**
 * The range and unit of a target's indicator, which every reported value must respect (0-100 for
 * {@code %}).
 *
 * @param min the smallest value, or null if unbounded
 * @param max the largest value, or null if unbounded
 */
public record ValueRange(BigDecimal min, BigDecimal max, String unitOfMeasure) {

  public boolean accepts(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  /** "[0, 100] %". */
  public String label() {
    return "["
        + (min == null ? "-∞" : min.toPlainString())
        + ", "
        + (max == null ? "∞" : max.toPlainString())
        + "]"
        + (unitOfMeasure == null ? "" : " " + unitOfMeasure);
  }
}
