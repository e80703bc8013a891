package vn.edu.platform.studentrecord.extract.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code that lets anyone holding an extract verify it without an account (mã tra cứu): 16
 * characters of the RFC 4648 base32 alphabet, 80 random bits, printed on the extract and carried by
 * its QR code. Only its SHA-256 is stored, so the log of extracts cannot be turned into codes; the
 * code itself is never logged ({@link #toString()} hides it).
 */
public final class VerificationCode {

  /** RFC 4648 base32: no 0, 1, 8 or 9, which a reader would confuse with O, I, B and g. */
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  public static final int LENGTH = 16;

  private static final Pattern FORMAT = Pattern.compile("^[A-Z2-7]{16}$");

  private final String value;

  private VerificationCode(String value) {
    this.value = value;
  }

  /** A new code: each character one of 32 with equal chance. */
  public static VerificationCode generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new VerificationCode(code.toString());
  }

  /**
   * A code as a person may type it: case, spaces and the hyphens of {@link #grouped()} do not
   * matter. Empty for anything that cannot be a code.
   */
  public static Optional<VerificationCode> parse(String typed) {
    Objects.requireNonNull(typed, "typed");
    if (typed.length() > 4 * LENGTH) {
      return Optional.empty();
    }
    String compact = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    return FORMAT.matcher(compact).matches()
        ? Optional.of(new VerificationCode(compact))
        : Optional.empty();
  }

  /** The code as the QR code's link carries it. */
  public String value() {
    return value;
  }

  /** The code as printed for a person to type: four groups of four, e.g. {@code ABCD-EFGH-…}. */
  public String grouped() {
    return String.join(
        "-",
        value.substring(0, 4),
        value.substring(4, 8),
        value.substring(8, 12),
        value.substring(12, 16));
  }

  /** What the log stores: SHA-256 of the code, lower-case hexadecimal. */
  public String hash() {
    return Sha256.hex(value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerificationCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "VerificationCode[hidden]";
  }
}
