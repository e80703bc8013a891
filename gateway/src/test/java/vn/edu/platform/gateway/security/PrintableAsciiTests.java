package vn.edu.platform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The fast header rules must answer exactly as Spring Security's strict firewall does. */
class PrintableAsciiTests {

  @Property(tries = 2000)
  void headerValuesAreJudgedAsTheStrictFirewallJudgesThem(
      @ForAll
          @CharRange(from = 0, to = 0x7f)
          @CharRange(from = 0x80, to = 0x2fff)
          @Chars({'\u202e', '\ufeff', '\ud800', '\u00a0'})
          String value) {
    var stock = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;
    assertThat(PrintableAscii.orElse(stock).test(value)).isEqualTo(stock.test(value));
  }

  @Property(tries = 2000)
  void headerNamesAreJudgedAsTheStrictFirewallJudgesThem(
      @ForAll @CharRange(from = 0, to = 0x7f) @CharRange(from = 0x80, to = 0x2fff) String name) {
    var stock = StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES;
    assertThat(PrintableAscii.orElse(stock).test(name)).isEqualTo(stock.test(name));
  }

  @Test
  void controlCharactersAndNonAsciiAreLeftToTheRule() {
    assertThat(PrintableAscii.only("Bearer abc.def")).isTrue();
    assertThat(PrintableAscii.only("tab\there")).isFalse();
    assertThat(PrintableAscii.only("nul\0")).isFalse();
    assertThat(PrintableAscii.only("del\u007f")).isFalse();
    assertThat(PrintableAscii.only("Nguyễn")).isFalse();
    assertThat(PrintableAscii.orElse(text -> false).test(null)).isFalse();
  }

  @Test
  void b64TokensFollowRfc6750() {
    assertThat(PrintableAscii.isB64Token("Bearer aZ09-._~+/==", 7)).isTrue();
    assertThat(PrintableAscii.isB64Token("Bearer ", 7)).isFalse();
    assertThat(PrintableAscii.isB64Token("Bearer ==", 7)).isFalse();
    assertThat(PrintableAscii.isB64Token("Bearer a=b", 7)).isFalse();
    assertThat(PrintableAscii.isB64Token("Bearer a b", 7)).isFalse();
  }
}
