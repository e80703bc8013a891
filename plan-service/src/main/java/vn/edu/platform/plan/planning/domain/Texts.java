package vn.edu.platform.plan.planning.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text is stored NFC-normalised and searched without diacritics (docs/architecture.md,
 * HTTP conventions).
 */
public final class Texts {

  private Texts() {}

  /** Stripped and NFC-normalised; {@code null} or blank becomes {@code null}. */
  public static String nfc(String text) {
    if (text == null) {
      return null;
    }
    String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    return normalised.isEmpty() ? null : normalised;
  }

  /** Distinct, normalised codes in their first order; blanks dropped. */
  public static List<String> codes(List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String code : codes) {
      String normalised = nfc(code);
      if (normalised != null) {
        distinct.add(normalised);
      }
    }
    return List.copyOf(new ArrayList<>(distinct));
  }

  /** Lower case without diacritics: "Học bạ số" and "hoc ba so" match. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
  }
}
