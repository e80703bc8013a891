package vn.edu.platform.studentrecord.student.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.platform.kernel.Violation;

/**
 * The personal identification number's structure against the date of birth and the sex (Circular
 * 07/2016/TT-BCA, Article 7; docs/domain.md, Identifiers), every code at its boundary.
 */
class PersonalIdTests {

  private static List<String> codes(String number, String dateOfBirth, Sex sex) {
    return PersonalId.check("/personalId", number, LocalDate.parse(dateOfBirth), sex).stream()
        .map(Violation::code)
        .toList();
  }

  @Test
  void acceptsTheNumberOfAGirlBornIn2009InHaiPhong() {
    assertThat(codes("031309001234", "2009-05-20", Sex.FEMALE)).isEmpty();
  }

  @Test
  void refusesADigitFourOfTwoForAGirlBornIn2009() {
    assertThat(codes("031209001234", "2009-05-20", Sex.FEMALE))
        .containsExactly("personal-id-sex-mismatch");
  }

  @ParameterizedTest(name = "{0} for a {2} born on {1}")
  @CsvSource({
    "001099000001, 1999-12-31, MALE",
    "001199000001, 1999-12-31, FEMALE",
    "001200000001, 2000-01-01, MALE",
    "001300000001, 2000-01-01, FEMALE",
    "096090000001, 1990-01-01, MALE",
    "096399000001, 2099-12-31, FEMALE"
  })
  void acceptsEachCenturyAndSexDigitAtTheTurnOfTheCentury(
      String number, String dateOfBirth, Sex sex) {
    // a number of 2099 is only structure here: the identity refuses a future birth itself
    assertThat(codes(number, dateOfBirth, sex)).isEmpty();
  }

  @Test
  void digitsFourToSixEncodeTheYearOfBirthWithItsCentury() {
    assertThat(codes("001099000001", "2000-01-01", Sex.MALE))
        .containsExactly("personal-id-birth-year-mismatch");
    assertThat(codes("001200000001", "1999-12-31", Sex.MALE))
        .containsExactly("personal-id-birth-year-mismatch");
    assertThat(codes("031210001234", "2009-05-20", Sex.MALE))
        .containsExactly("personal-id-birth-year-mismatch");
    assertThat(codes("031408001234", "2008-01-01", Sex.MALE))
        .as("digit 4 of 4 is the 22nd century")
        .containsExactly("personal-id-birth-year-mismatch");
    assertThat(PersonalId.yearOf("031508001234")).isEqualTo(2108);
    assertThat(PersonalId.sexOf(5)).isEqualTo(Sex.FEMALE);
    assertThat(PersonalId.sexOf(4)).isEqualTo(Sex.MALE);
  }

  @Test
  void aWrongSexAndAWrongYearAreBothReported() {
    assertThat(codes("031110001234", "2009-05-20", Sex.FEMALE))
        .containsExactly("personal-id-birth-year-mismatch");
    assertThat(codes("031010001234", "2009-05-20", Sex.FEMALE))
        .containsExactly("personal-id-sex-mismatch", "personal-id-birth-year-mismatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "003", "005", "097", "099", "100", "999"})
  void refusesProvinceCodesNotInUse(String province) {
    assertThat(codes(province + "309001234", "2009-05-20", Sex.FEMALE))
        .containsExactly("personal-id-province");
  }

  @ParameterizedTest
  @ValueSource(strings = {"001", "002", "004", "031", "079", "092", "096"})
  void acceptsProvinceCodesInUse(String province) {
    assertThat(codes(province + "309001234", "2009-05-20", Sex.FEMALE)).isEmpty();
  }

  @Test
  void sixtyThreeProvinceCodesAreInUse() {
    assertThat(BirthRegistrationProvinces.all()).hasSize(63);
    assertThat(BirthRegistrationProvinces.all().keySet())
        .allSatisfy(code -> assertThat(code).matches("0[0-9]{2}"))
        .contains("001", "031", "096");
    assertThat(BirthRegistrationProvinces.all().get("031")).isEqualTo("Hải Phòng");
  }

  @ParameterizedTest
  @ValueSource(strings = {"03130900123", "0313090012345", "03130900123A", "", " 31309001234"})
  void refusesAnythingButTwelveDigitsWithTheFormatCodeOnly(String number) {
    assertThat(codes(number, "2009-05-20", Sex.FEMALE)).containsExactly("personal-id-format");
  }

  @Test
  void checksOnlyTheStructureWhenTheBirthAndSexAreUnknown() {
    assertThat(PersonalId.check("/personalId", "031309001234", null, null)).isEmpty();
    assertThat(PersonalId.check("/personalId", "000309001234", null, null))
        .extracting(Violation::code)
        .containsExactly("personal-id-province");
  }

  @Test
  void violationsNeverRepeatTheNumber() {
    assertThat(
            PersonalId.check("/personalId", "031010001234", LocalDate.of(2009, 5, 20), Sex.FEMALE))
        .allSatisfy(
            v -> {
              assertThat(v.pointer()).isEqualTo("/personalId");
              assertThat(v.args()).isEmpty();
            });
  }
}
