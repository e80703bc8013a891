package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.web.text.SingleLineText;
import vn.edu.platform.studentrecord.student.domain.DisabilityKind;
import vn.edu.platform.studentrecord.student.domain.DisabilityLevel;
import vn.edu.platform.studentrecord.student.domain.Relationship;
import vn.edu.platform.studentrecord.student.domain.Sex;

/** Request bodies of the students' API. */
final class StudentRequests {

  static final String CODE = "[A-Z][A-Za-z0-9.-]{1,31}";
  static final String LOGIN = "[a-z0-9][a-z0-9._@-]{0,99}";
  static final String STUDENT_CODE = "[0-9]{10}";
  static final String SCHOOL_YEAR = "[0-9]{4}-[0-9]{4}";

  private StudentRequests() {}

  @Schema(
      description =
          "A school registers a student under the student code of the sector database. The code"
              + " never changes; a code registered already answers 409 student-exists.")
  record RegisterStudentRequest(
      @Schema(
              description =
                  "Student code (mã định danh học sinh) of the sector database: 10 digits",
              example = "3110250001")
          @NotBlank
          @Size(max = 10)
          @Pattern(regexp = STUDENT_CODE)
          String studentCode,
      @Schema(
              description =
                  "The registering school: the caller's own (403 forbidden-org-unit otherwise);"
                      + " a school of the organisation tree (422 /schoolCode unknown-school)",
              example = "S311002")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String schoolCode,
      @Schema(
              description = "Full name as on the birth certificate; stored NFC",
              example = "Nguyễn Thị Ánh")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String fullName,
      @Schema(
              description =
                  "Date of birth: from 1990-01-01 to today (422 /dateOfBirth"
                      + " date-of-birth-out-of-range)",
              example = "2015-03-14")
          @NotNull
          LocalDate dateOfBirth,
      @Schema(description = "Place of birth (nơi sinh)", example = "Hải Phòng")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String placeOfBirth,
      @Schema(description = "MALE or FEMALE", example = "FEMALE") @NotNull Sex sex,
      @Schema(
              maxLength = 12,
              description =
                  "Personal identification number (số định danh cá nhân, CCCD), optional until"
                      + " known: 12 digits (personal-id-format), a province code of birth"
                      + " registration (personal-id-province), the 4th digit giving century and"
                      + " sex (personal-id-sex-mismatch), the 5th-6th the year of birth"
                      + " (personal-id-birth-year-mismatch); 422 at /personalId. One student per"
                      + " number (409 personal-id-taken)",
              example = "031315000123")
          @Nullable String personalId,
      @Schema(
              description =
                  "Whether the school cross-checked the number against the population database"
                      + " (needs a number: 422 /personalIdVerified personal-id-missing); false"
                      + " when absent",
              example = "false")
          @Nullable Boolean personalIdVerified) {}

  @Schema(
      description =
          "A correction of a student's identity: absent fields stay as they are. A new personal"
              + " identification number is not verified unless personalIdVerified says so. The"
              + " student code never changes.")
  record CorrectIdentityRequest(
      @Schema(description = "Full name", example = "Nguyễn Thị Ánh")
          @Size(max = 200)
          @SingleLineText
          @Nullable String fullName,
      @Schema(description = "Date of birth, 1990-01-01 to today", example = "2015-03-14")
          @Nullable LocalDate dateOfBirth,
      @Schema(description = "Place of birth", example = "Hải Phòng")
          @Size(max = 200)
          @SingleLineText
          @Nullable String placeOfBirth,
      @Schema(description = "MALE or FEMALE", example = "FEMALE") @Nullable Sex sex,
      @Schema(
              maxLength = 12,
              description = "Personal identification number, checked as on registration",
              example = "031315000123")
          @Nullable String personalId,
      @Schema(
              description = "Whether the school cross-checked the number (needs a number)",
              example = "true")
          @Nullable Boolean personalIdVerified) {}

  @Schema(
      description =
          "A student's sensitive data, replaced as a whole: absent or null values record none")
  record SensitiveDataRequest(
      @Schema(
              description =
                  "Ethnic group (dân tộc): the two-digit code of the statistics office's list of"
                      + " the 54 groups, 01 (Kinh) to 54 (Ơ Đu) (422 /ethnicityCode"
                      + " ethnicity-code)",
              example = "01")
          @Size(max = 2)
          @Nullable String ethnicityCode,
      @Schema(
              description =
                  "Kind of disability (Law 51/2010/QH12, Art. 3), with its level or neither",
              example = "VISION")
          @Nullable DisabilityKind disabilityKind,
      @Schema(description = "Level of disability, with its kind or neither", example = "MILD")
          @Nullable DisabilityLevel disabilityLevel) {}

  @Schema(
      description =
          "A class of a school in a school year. The same school, year and name twice answers"
              + " 409 class-exists.")
  record CreateClassRequest(
      @Schema(description = "The caller's own school", example = "S311002")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String schoolCode,
      @Schema(
              description =
                  "School year (năm học), the second year the first plus one (422 /schoolYear"
                      + " school-year-format)",
              example = "2025-2026")
          @NotBlank
          @Size(max = 9)
          @Pattern(regexp = SCHOOL_YEAR)
          String schoolYear,
      @Schema(description = "Grade (khối lớp), 1-12", example = "5") @NotNull @Min(1) @Max(12)
          Integer grade,
      @Schema(description = "Name of the class in its school and year", example = "5A1")
          @NotBlank
          @Size(max = 30)
          @SingleLineText
          String name,
      @Schema(
              description = "The homeroom teacher's login (giáo viên chủ nhiệm), optional",
              example = "gv.s311002")
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          @Nullable String homeroomTeacher) {}

  @Schema(description = "The class's new homeroom teacher")
  record HomeroomTeacherRequest(
      @Schema(description = "The homeroom teacher's login in the realm", example = "gv.s311002")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          String login) {}

  @Schema(
      description =
          "Enrols the student in a class of the school holding the student's file, from a day"
              + " of the class's school year")
  record EnrolRequest(
      @Schema(
              description =
                  "A class of the school (422 /classId unknown-class, class-of-another-school)",
              example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b")
          @NotNull
          UUID classId,
      @Schema(
              description =
                  "First day in the class, within the school year (1 June to 31 May: 422"
                      + " /startDate outside-school-year); after the current enrolment's first"
                      + " day on a move; after the last day at the sending school after a"
                      + " transfer",
              example = "2025-09-05")
          @NotNull
          LocalDate startDate) {}

  @Schema(
      description =
          "The school holding the student's file transfers the student: to another school of"
              + " the province (toSchoolCode) or out of it (destinationOutsideProvince), one of"
              + " the two")
  record TransferRequest(
      @Schema(
              description =
                  "The student's last day at the school: not before the current enrolment's"
                      + " first day, not after today (422 /date last-day-out-of-range)",
              example = "2026-02-27")
          @NotNull
          LocalDate date,
      @Schema(
              description = "Why (lý do chuyển trường), at most 2,000 characters",
              example = "Gia đình chuyển nơi ở.")
          @NotBlank
          @Size(max = 2000)
          String reason,
      @Schema(
              description =
                  "The receiving school of the province, a school of the organisation tree (422"
                      + " /toSchoolCode unknown-school, same-school)",
              example = "S311012")
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @Nullable String toSchoolCode,
      @Schema(
              description = "A school outside the province, as the sending school names it",
              example = "Trường Tiểu học Kim Liên, Hà Nội")
          @Size(max = 500)
          @SingleLineText
          @Nullable String destinationOutsideProvince) {}

  @Schema(description = "A parent or guardian of the student")
  record AddGuardianRequest(
      @Schema(description = "Full name", example = "Trần Văn Bình")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String fullName,
      @Schema(description = "FATHER, MOTHER, GUARDIAN or OTHER", example = "FATHER") @NotNull
          Relationship relationship,
      @Schema(
              description = "Whether the legal representative (người đại diện theo pháp luật)",
              example = "true")
          @NotNull
          Boolean legalRepresentative,
      @Schema(
              description = "Phone number of Vietnam, 0 or +84 then 9 digits (422 phone-format)",
              example = "0912345678")
          @Size(max = 20)
          @Nullable String phone,
      @Schema(
              description =
                  "The day the legal representative consented to the digital record (with"
                      + " consentRecordedAs; a legal representative's only, not in the future)",
              example = "2025-09-05")
          @Nullable LocalDate consentGivenOn,
      @Schema(
              description = "How the consent was recorded: the paper form's number or similar",
              example = "Phiếu đồng ý số 12/2025")
          @Size(max = 200)
          @SingleLineText
          @Nullable String consentRecordedAs,
      @Schema(
              description =
                  "The parent's citizen account login, linked by the school: it lets the parent"
                      + " read the student (409 guardian-account-linked when another guardian of"
                      + " the student has it)",
              example = "congdan.binh")
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          @Nullable String accountLogin) {}

  @Schema(description = "A change of a guardian: absent fields stay as they are")
  record ChangeGuardianRequest(
      @Schema(description = "Phone number of Vietnam", example = "0912345678") @Size(max = 20)
          @Nullable String phone,
      @Schema(description = "Whether the legal representative", example = "true")
          @Nullable Boolean legalRepresentative,
      @Schema(description = "The day the consent was given", example = "2025-09-05")
          @Nullable LocalDate consentGivenOn,
      @Schema(description = "How the consent was recorded", example = "Phiếu đồng ý số 12/2025")
          @Size(max = 200)
          @SingleLineText
          @Nullable String consentRecordedAs,
      @Schema(description = "The citizen account login to link", example = "congdan.binh")
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          @Nullable String accountLogin) {}
}
