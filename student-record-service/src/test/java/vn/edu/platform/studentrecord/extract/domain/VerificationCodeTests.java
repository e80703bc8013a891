package vn.edu.platform.studentrecord.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verification code: unguessable, readable, typed loosely, stored only as its hash. */
class VerificationCodeTests {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aCodeIsSixteenBase32CharactersAndCodesDoNotRepeat() {
    Set<String> codes = new HashSet<>();
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = VerificationCode.generate(random).value();
      assertThat(code).matches("^[A-Z2-7]{16}$");
      codes.add(code);
      code.chars().forEach(c -> seen.add((char) c));
    }
    assertThat(codes).hasSize(2_000);
    // 32 000 characters drawn: every one of the 32 shows up
    assertThat(seen).hasSize(32);
  }

  @Test
  void aCodeIsReadWhateverItsCaseSpacesOrHyphens() {
    VerificationCode code = VerificationCode.parse("K7QW2MZP4XNA3RDT").orElseThrow();

    assertThat(VerificationCode.parse("k7qw-2mzp-4xna-3rdt")).contains(code);
    assertThat(VerificationCode.parse(" K7QW 2MZP 4XNA 3RDT ")).contains(code);
    assertThat(code.grouped()).isEqualTo("K7QW-2MZP-4XNA-3RDT");
  }

  @Test
  void whatCannotBeACodeIsNoCode() {
    assertThat(VerificationCode.parse("K7QW2MZP4XNA3RD")).isEmpty();
    assertThat(VerificationCode.parse("K7QW2MZP4XNA3RDTX")).isEmpty();
    // 0, 1, 8 and 9 are not in the alphabet
    assertThat(VerificationCode.parse("K7QW2MZP4XNA3RD0")).isEmpty();
    assertThat(VerificationCode.parse("")).isEmpty();
    assertThat(VerificationCode.parse("-".repeat(500))).isEmpty();
  }

  @Test
  void theHashIsSha256OfTheCodeAndTheCodeNeverShowsInItsText() {
    VerificationCode code = VerificationCode.parse("K7QW2MZP4XNA3RDT").orElseThrow();

    assertThat(code.hash())
        .isEqualTo(Sha256.hex("K7QW2MZP4XNA3RDT".getBytes(StandardCharsets.US_ASCII)))
        .hasSize(64)
        .doesNotContain("K7QW");
    assertThat(code.toString()).doesNotContain("K7QW");
  }
}
