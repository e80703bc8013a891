package vn.edu.platform.plan.signers.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * The register's rule set: a request that breaks its rules answers 422 {@code signer-register-rule}
 * with one error per field.
 */
public final class RegisterRules {

  /** The code of the register's rule violations. */
  public static final String RULES = "signer-register-rule";

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;
  private static final Instant FIRST_INSTANT =
      LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_INSTANT =
      LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private RegisterRules() {}

  /** A violation of one rule, at {@code pointer}. */
  public static RuleViolation refusal(String pointer, String code, String message) {
    return new RuleViolation(RULES, Violation.withMessage(pointer, code, message));
  }

  /**
   * Adds {@code out-of-range} at {@code pointer} for a day outside the years 1900-9999: a decision
   * of the register is dated within them, and the database keeps nothing else.
   */
  public static void checkDay(String pointer, LocalDate day, List<Violation> violations) {
    if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
      violations.add(
          Violation.withMessage(
              pointer, "out-of-range", "A day between " + FIRST_YEAR + " and " + LAST_YEAR));
    }
  }

  /** As {@link #checkDay} for an instant, by its year in UTC. */
  public static void checkInstant(String pointer, Instant instant, List<Violation> violations) {
    if (instant != null && (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT))) {
      violations.add(
          Violation.withMessage(
              pointer, "out-of-range", "An instant between " + FIRST_YEAR + " and " + LAST_YEAR));
    }
  }

  /** Text as the register keeps it: stripped, NFC, null when empty. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    return text.isEmpty() ? null : text;
  }
}
