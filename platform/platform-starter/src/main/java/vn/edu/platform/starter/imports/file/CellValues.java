package vn.edu.platform.starter.imports.file;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How cell text and headers are cleaned before anyone looks at them. */
public final class CellValues {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private CellValues() {}

  /**
   * Trims (also the no-break and zero-width spaces spreadsheets leave behind) and NFC-normalises:
   * the same Vietnamese word typed with a composing keyboard or pasted from a PDF must compare and
   * index equal. Empty becomes null.
   */
  public static @Nullable String clean(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    String value = raw.substring(start, end);
    return Normalizer.isNormalized(value, Normalizer.Form.NFC)
        ? value
        : Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  /**
   * The form headers are compared in: no diacritics ({@code đ} as {@code d}), lower case, single
   * spaces. Users retype headers, Excel autocorrects them, and old keyboards drop the marks.
   */
  public static String foldHeader(String header) {
    String cleaned = clean(header);
    if (cleaned == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
    String noMarks =
        COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
  }
}
