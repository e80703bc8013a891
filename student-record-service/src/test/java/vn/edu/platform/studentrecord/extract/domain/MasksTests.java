package vn.edu.platform.studentrecord.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** What stays visible of a name and a personal ID. */
class MasksTests {

  @Test
  void aNameKeepsTheFirstLetterOfEachWord() {
    assertThat(Masks.name("Nguyễn Văn An")).isEqualTo("N***** V** A*");
    assertThat(Masks.name("Đặng Thị Mỹ Ngữ")).isEqualTo("Đ*** T** M* N**");
    assertThat(Masks.name("  Lê   Ánh ")).isEqualTo("L* Á**");
  }

  @Test
  void aNameTypedWithCombiningMarksCountsItsLettersAsWritten() {
    String decomposed = Normalizer.normalize("Ngữ", Normalizer.Form.NFD);

    assertThat(Masks.name(decomposed)).isEqualTo("N**");
  }

  @Test
  void aPersonalIdKeepsItsLastFourDigits() {
    assertThat(Masks.personalId("031211005678")).isEqualTo("********5678");
    assertThat(Masks.personalId("1234")).isEqualTo("****");
  }
}
