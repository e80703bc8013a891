package vn.edu.platform.signing.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785: sorted keys, no insignificant space, ECMAScript numbers, minimal string escapes. */
class CanonicalJsonTests {

  private static String canonical(String json) {
    return new String(CanonicalJson.of(json), StandardCharsets.UTF_8);
  }

  @Test
  void sortsKeysAndDropsSpace() {
    assertThat(canonical("{ \"b\" : 2, \"a\" : {\"d\": [1, 2], \"c\": null} }"))
        .isEqualTo("{\"a\":{\"c\":null,\"d\":[1,2]},\"b\":2}");
  }

  @Test
  void writesNumbersAsEcmaScriptDoes() {
    assertThat(canonical("[1.0, 1e3, 0.000001, 1E-7, -0, 9.5]"))
        .isEqualTo("[1,1000,0.000001,1e-7,0,9.5]");
  }

  @Test
  void writesVietnameseAsUtf8AndEscapesOnlyWhatJsonRequires() {
    assertThat(canonical("{\"name\": \"Tr\\u1ea7n V\\u0103n \\\"An\\\"\\n\"}"))
        .isEqualTo("{\"name\":\"Trần Văn \\\"An\\\"\\n\"}");
  }

  @Test
  void refusesTextThatIsNotJson() {
    assertThatThrownBy(() -> CanonicalJson.of("{\"a\": }"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON value");
  }
}
