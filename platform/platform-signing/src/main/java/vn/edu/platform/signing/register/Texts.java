package vn.edu.platform.signing.register;

import java.text.Normalizer;

/** Text as the register keeps it: stripped and in NFC, as Vietnamese text is compared. */
final class Texts {

  private Texts() {}

  static String required(String value, String field) {
    String text = optional(value);
    if (text == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return text;
  }

  static String optional(String value) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    return text.isEmpty() ? null : text;
  }
}
