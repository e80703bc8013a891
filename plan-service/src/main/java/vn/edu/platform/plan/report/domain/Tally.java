package vn.edu.platform.plan.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reporting completeness and timeliness of some units for one period (tỷ lệ báo cáo, tính kịp
 * thời): how many units must report, how many reports were received (submitted at least once and
 * not rejected), how many of those on time, how many are finally approved.
 *
 * <p>Rate is received / expected and timeliness on time / expected, both as percentages with two
 * decimals, null when nobody must report. Timeliness counts against the expected units, not the
 * received ones, so a unit that never reports lowers both.
 */
public record Tally(int expected, int received, int onTime, int approved) {

  public static final Tally NONE = new Tally(0, 0, 0, 0);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Tally {
    if (expected < 0 || received < 0 || onTime < 0 || approved < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
    if (onTime > received || approved > received) {
      throw new IllegalArgumentException("on time and approved reports are received reports");
    }
  }

  /** One expected unit and its current report (null when it has none). */
  public static Tally ofUnit(ProgressReport report) {
    boolean received = report != null && report.status().isReceived();
    return new Tally(
        1,
        received ? 1 : 0,
        received && Boolean.TRUE.equals(report.onTime()) ? 1 : 0,
        received && report.status() == ReportStatus.APPROVED ? 1 : 0);
  }

  public Tally plus(Tally other) {
    return new Tally(
        expected + other.expected,
        received + other.received,
        onTime + other.onTime,
        approved + other.approved);
  }

  /** Received / expected, in percent; null when nobody must report. */
  public BigDecimal rate() {
    return percent(received);
  }

  /** On time / expected, in percent; null when nobody must report. */
  public BigDecimal timeliness() {
    return percent(onTime);
  }

  private BigDecimal percent(int count) {
    if (expected == 0) {
      return null;
    }
    return BigDecimal.valueOf(count)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
  }
}
