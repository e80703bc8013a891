package vn.edu.platform.starter.web.text;

/**
 * What text input may not contain. A NUL would reach the database (which refuses it, and the client
 * would see a misleading conflict); the other control characters corrupt logs, CSV exports and
 * terminals; a bidirectional override makes an official name read differently from what is stored
 * ("Trojan Source"); an unpaired surrogate (a JSON escape such as U+D800 with no partner) is no
 * character at all: PostgreSQL stores it as a replacement character or refuses it, and every UTF-8
 * encoder downstream (events, exports, signatures) has to decide what it means.
 */
public final class TextRules {

  public static final String CONTROL_CHARACTER = "text-control-character";
  public static final String BIDI_CONTROL = "text-bidi-control";
  public static final String UNPAIRED_SURROGATE = "text-unpaired-surrogate";

  private TextRules() {}

  /** The first character {@code text} may not contain, or null when it is clean. */
  public static Refusal check(String text, boolean multiline) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c, multiline)) {
        return new Refusal(CONTROL_CHARACTER, c, i);
      }
      if (isBidiControl(c)) {
        return new Refusal(BIDI_CONTROL, c, i);
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return new Refusal(UNPAIRED_SURROGATE, c, i);
        }
        i++; // the low half of a pair: the code point is ordinary text
      }
    }
    return null;
  }

  static boolean isControl(char c, boolean multiline) {
    if (c < 0x20) {
      return !(multiline && (c == '\t' || c == '\n' || c == '\r'));
    }
    return c >= 0x7F && c <= 0x9F;
  }

  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * A refused character.
   *
   * @param code the violation code
   * @param character the character
   * @param index its position (0-based) in the text
   */
  public record Refusal(String code, char character, int index) {

    /** The character as people write it, e.g. {@code U+202E}. */
    public String codePoint() {
      return String.format("U+%04X", (int) character);
    }
  }
}
