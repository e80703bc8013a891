package vn.edu.platform.starter.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTests {

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\u0001', '\u001B', '\u001F', '\u007F', '\u0080', '\u009F'})
  void refusesControlCharacters(char c) {
    assertThat(TextRules.check("a" + c, true).code()).isEqualTo(TextRules.CONTROL_CHARACTER);
    assertThat(TextRules.check("a" + c, true).index()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2069'})
  void refusesBidirectionalControls(char c) {
    assertThat(TextRules.check(c + "x", true).code()).isEqualTo(TextRules.BIDI_CONTROL);
  }

  @Test
  void allowsLineBreaksAndTabsOnlyInMultilineText() {
    assertThat(TextRules.check("a\tb\r\nc", true)).isNull();
    assertThat(TextRules.check("a\nb", false).code()).isEqualTo(TextRules.CONTROL_CHARACTER);
  }

  @Test
  void allowsOrdinaryTextAndMarks() {
    // U+200F (right-to-left mark) and U+00A0 are ordinary text, not overrides.
    assertThat(TextRules.check("Trường Tiểu học \u200F\u00A0ا", false)).isNull();
    assertThat(TextRules.check(null, false)).isNull();
    assertThat(TextRules.check("\u202E", false).codePoint()).isEqualTo("U+202E");
  }
}
