package vn.edu.platform.starter.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's calendar: dates (deadlines, validity of units, school years) are Vietnamese local
 * dates, whatever the server's time zone. Between midnight and 07:00 in Vietnam a UTC date would
 * still be yesterday's.
 */
public final class PlatformTime {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private PlatformTime() {}

  /** Today in Vietnam according to {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(VIETNAM));
  }
}
