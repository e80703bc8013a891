package vn.edu.platform.gateway.security;

import java.util.function.Predicate;

/** Whether a text is made only of printable ASCII (space to tilde), checked without a regex. */
final class PrintableAscii {

  private PrintableAscii() {}

  /**
   * {@code rule}, answered without it for printable ASCII. Only for rules that allow every
   * printable ASCII text (such as the strict firewall's header rules, which allow any assigned
   * character that is not a control character): the answer is the rule's own, only faster.
   */
  static Predicate<String> orElse(Predicate<String> rule) {
    return text -> (text != null && only(text)) || rule.test(text);
  }

  static boolean only(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is one RFC 6750 allows in a bearer token ({@code b64token}). */
  static boolean isB64Token(String text, int from) {
    int end = text.length();
    while (end > from && text.charAt(end - 1) == '=') {
      end--;
    }
    if (end == from) {
      return false;
    }
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '+'
              || c == '/';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
