package vn.edu.platform.studentrecord.extract.domain;

import java.text.Normalizer;

/**
 * How personal data is hidden where an extract or its public verification shows it: a personal ID
 * keeps its last four digits (as the record's API shows it), a name the first letter of each word,
 * so the holder of the paper recognises it and a stranger with a code learns little.
 */
public final class Masks {

  private static final int VISIBLE_ID_DIGITS = 4;

  private Masks() {}

  /** {@code 031234561234} → {@code ********1234}; four digits or fewer are all hidden. */
  public static String personalId(String personalId) {
    int length = personalId.length();
    if (length <= VISIBLE_ID_DIGITS) {
      return "*".repeat(length);
    }
    return "*".repeat(length - VISIBLE_ID_DIGITS)
        + personalId.substring(length - VISIBLE_ID_DIGITS);
  }

  /**
   * {@code Nguyễn Văn An} → {@code N***** V** A*}: each word keeps its first letter, every other
   * letter is a star (counted in letters as written in NFC, so {@code ễ} is one).
   */
  public static String name(String fullName) {
    String normalised = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC);
    StringBuilder masked = new StringBuilder();
    for (String word : normalised.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!masked.isEmpty()) {
        masked.append(' ');
      }
      int first = word.codePointAt(0);
      masked.appendCodePoint(first);
      masked.append("*".repeat(word.codePointCount(0, word.length()) - 1));
    }
    return masked.toString();
  }
}
