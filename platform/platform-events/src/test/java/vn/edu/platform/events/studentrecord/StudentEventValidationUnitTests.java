package vn.edu.platform.events.studentrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.events.fixtures.RecordCopies.with;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.events.fixtures.EventJson;
import vn.edu.platform.events.fixtures.EventSamples;

/** The compact constructors of the student events reject what the contract forbids. */
class StudentEventValidationUnitTests {

  private final StudentEnrolled enrolled = EventSamples.studentEnrolledAtTheStartOfTheYear();
  private final StudentTransferred transferred = EventSamples.studentTransferredWithinTheProvince();

  @Test
  void aStudentCodeIsTenDigits() {
    assertThatThrownBy(() -> with(enrolled, "studentCode", "311025000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("studentCode is ten digits");
    assertThatThrownBy(() -> with(transferred, "studentCode", "31102500A1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(with(enrolled, "studentCode", " 3110250009 ").studentCode()).isEqualTo("3110250009");
  }

  @Test
  void aSchoolYearIsTwoConsecutiveYears() {
    assertThatThrownBy(() -> with(enrolled, "schoolYear", "2025-2027"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schoolYear");
    assertThatThrownBy(() -> with(transferred, "schoolYear", "2025/2026"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGradeIsOneToTwelve() {
    assertThat(with(enrolled, "grade", 1).grade()).isEqualTo(1);
    assertThat(with(enrolled, "grade", 12).grade()).isEqualTo(12);
    assertThatThrownBy(() -> with(enrolled, "grade", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(transferred, "grade", 13))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMoveNamesTheEndedEnrolmentAndItsLastDayBeforeTheNewOne() {
    StudentEnrolled moved = EventSamples.studentMovedToAnotherClass();

    assertThatThrownBy(() -> with(moved, "endedOn", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endedEnrolmentId and endedOn come together");
    assertThatThrownBy(() -> with(moved, "endedOn", moved.startsOn()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endedOn is before startsOn");
    assertThatThrownBy(() -> with(moved, "transferId", UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTransferGoesToASchoolOfTheProvinceOrOutOfIt() {
    assertThatThrownBy(() -> with(transferred, "outOfProvince", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(transferred, "toSchoolCode", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(transferred, "toSchoolCode", transferred.fromSchoolCode()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toSchoolCode is another school");
    assertThat(with(transferred, "toSchoolCode", null, "outOfProvince", true).toSchoolCode())
        .isNull();
    assertThatThrownBy(() -> with(transferred, "lastDay", (LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lastDay is required");
  }

  @Test
  void theStudentEventsCarryCodesAndNeverAName() {
    String json = EventJson.write(enrolled) + EventJson.write(transferred);

    assertThat(json)
        .contains("\"studentCode\":\"3110250001\"", "\"className\":\"9A1\"")
        .doesNotContain("fullName", "dateOfBirth", "personalId", "reason");
  }
}
