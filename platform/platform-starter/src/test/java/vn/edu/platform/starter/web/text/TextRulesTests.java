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

  @ParameterizedTest
  @ValueSource(strings = {"a\ud800b", "\udc00", "x\ud83d", "\ude00\ud83d", "\ud83d\ud83d\ude00"})
  void refusesUnpairedSurrogates(String text) {
    TextRules.Refusal refusal = TextRules.check(text, true);
    assertThat(refusal.code()).isEqualTo(TextRules.UNPAIRED_SURROGATE);
    assertThat(Character.isSurrogate(text.charAt(refusal.index()))).isTrue();
  }

  @Test
  void allowsCharactersOutsideTheBasicPlane() {
    // emoji and CJK extension B are surrogate pairs in Java strings: whole characters, not halves
    assertThat(TextRules.check("Lớp 1A \ud83d\ude00 \ud840\udc00", false)).isNull();
    assertThat(TextRules.check("\ud83d\ud83d\ude00", false).index()).isZero();
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
