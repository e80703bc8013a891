package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 10-point scale of Circular 22/2021 (Art. 5.2): a score is 0-10, an integer or a decimal with
 * one digit after the point; averages are rounded to one decimal, half up.
 */
final class Scores {

  static final BigDecimal MIN = BigDecimal.ZERO;
  static final BigDecimal MAX = BigDecimal.TEN;

  private Scores() {}

  static boolean inRange(BigDecimal score) {
    return score.compareTo(MIN) >= 0 && score.compareTo(MAX) <= 0;
  }

  /** At most one decimal: 7, 7.5 and 7.50 are, 7.25 is not. */
  static boolean oneDecimal(BigDecimal score) {
    return score.stripTrailingZeros().scale() <= 1;
  }

  static boolean valid(BigDecimal score) {
    return inRange(score) && oneDecimal(score);
  }

  /** {@code dividend / divisor} rounded once, from the exact quotient, to one decimal half up. */
  static BigDecimal divideToOneDecimal(BigDecimal dividend, int divisor) {
    return dividend.divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP);
  }

  /** The score as the học bạ prints it, with exactly one decimal (7 → 7.0). */
  static BigDecimal printed(BigDecimal score) {
    return score.setScale(1, RoundingMode.UNNECESSARY);
  }
}
