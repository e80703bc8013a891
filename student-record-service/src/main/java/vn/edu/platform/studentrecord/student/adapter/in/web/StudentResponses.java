package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.web.conditional.Revisioned;
import vn.edu.platform.studentrecord.student.application.port.in.StudentHistory;
import vn.edu.platform.studentrecord.student.application.port.in.StudentSummary;
import vn.edu.platform.studentrecord.student.domain.DisabilityKind;
import vn.edu.platform.studentrecord.student.domain.DisabilityLevel;
import vn.edu.platform.studentrecord.student.domain.EndReason;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.Guardian;
import vn.edu.platform.studentrecord.student.domain.Relationship;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Sex;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/** Response bodies of the students' API. */
final class StudentResponses {

  private StudentResponses() {}

  @Schema(
      description =
          "A student's identity (never the sensitive data, which has a resource of its own)")
  record StudentResponse(
      @Schema(description = "Student code of the sector database", example = "3110250001")
          String studentCode,
      @Schema(description = "Full name", example = "Nguyễn Thị Ánh") String fullName,
      @Schema(description = "Date of birth", example = "2015-03-14") LocalDate dateOfBirth,
      @Schema(description = "Place of birth", example = "Hải Phòng") String placeOfBirth,
      @Schema(description = "MALE or FEMALE", example = "FEMALE") Sex sex,
      @Schema(description = "Personal identification number, when known", example = "031315000123")
          @Nullable String personalId,
      @Schema(
              description = "Whether the school cross-checked the personal identification number",
              example = "false")
          boolean personalIdVerified,
      @Schema(
              description =
                  "The school holding the student's file now (after a transfer within the"
                      + " province: the receiving school)",
              example = "S311002")
          String schoolCode,
      @Schema(description = "The school that registered the student", example = "S311002")
          String registeredBy,
      @Schema(description = "When the student was registered", example = "2025-08-20T02:00:00Z")
          Instant registeredAt,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static StudentResponse of(Student s) {
      var i = s.identity();
      return new StudentResponse(
          s.studentCode(),
          i.fullName(),
          i.dateOfBirth(),
          i.placeOfBirth(),
          i.sex(),
          i.personalId(),
          i.personalIdVerified(),
          s.schoolCode(),
          s.registeredBy(),
          s.registeredAt(),
          s.revision());
    }
  }

  @Schema(description = "A student in a list, with the enrolment at the school that matched")
  record StudentSummaryResponse(
      @Schema(example = "3110250001") String studentCode,
      @Schema(example = "Nguyễn Thị Ánh") String fullName,
      @Schema(example = "2015-03-14") LocalDate dateOfBirth,
      @Schema(example = "FEMALE") Sex sex,
      @Schema(description = "The school holding the file", example = "S311002") String schoolCode,
      @Schema(description = "The enrolment's school year", example = "2025-2026")
          @Nullable String schoolYear,
      @Schema(description = "The enrolment's grade", example = "5") @Nullable Integer grade,
      @Schema(
              description = "The enrolment's class",
              example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b")
          @Nullable UUID classId,
      @Schema(description = "The enrolment's class name", example = "5A1")
          @Nullable String className) {

    static StudentSummaryResponse of(StudentSummary s) {
      return new StudentSummaryResponse(
          s.studentCode(),
          s.fullName(),
          s.dateOfBirth(),
          s.sex(),
          s.schoolCode(),
          s.schoolYear(),
          s.grade(),
          s.classId(),
          s.className());
    }
  }

  @Schema(
      description =
          "A student's sensitive data (dữ liệu cá nhân nhạy cảm): ethnic group and disability."
              + " Served only to the school's administrator and principal and the department's"
              + " staff")
  record SensitiveDataResponse(
      @Schema(example = "3110250001") String studentCode,
      @Schema(description = "Ethnic group code, 01 (Kinh) to 54", example = "01")
          @Nullable String ethnicityCode,
      @Schema(description = "Kind of disability; null for none", example = "VISION")
          @Nullable DisabilityKind disabilityKind,
      @Schema(description = "Level of disability; null for none", example = "MILD")
          @Nullable DisabilityLevel disabilityLevel,
      @Schema(description = "When it was last recorded", example = "2025-09-10T03:00:00Z")
          @Nullable Instant updatedAt,
      @Schema(
              description = "Send it back in If-Match; 0 before anything was recorded",
              example = "1")
          long revision)
      implements Revisioned {

    static SensitiveDataResponse of(SensitiveData d) {
      return new SensitiveDataResponse(
          d.studentCode(),
          d.ethnicityCode(),
          d.disabilityKind(),
          d.disabilityLevel(),
          d.updatedAt(),
          d.revision());
    }
  }

  @Schema(description = "A class (lớp) of a school in a school year")
  record ClassResponse(
      @Schema(example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b") UUID id,
      @Schema(example = "S311002") String schoolCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "5") int grade,
      @Schema(example = "5A1") String name,
      @Schema(description = "The homeroom teacher's login", example = "gv.s311002")
          @Nullable String homeroomTeacher,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static ClassResponse of(SchoolClass c) {
      return new ClassResponse(
          c.id(),
          c.schoolCode(),
          c.schoolYear().toString(),
          c.grade(),
          c.name(),
          c.homeroomTeacher(),
          c.revision());
    }
  }

  @Schema(description = "A student's enrolment in a class (xếp lớp)")
  record EnrolmentResponse(
      @Schema(example = "5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a") UUID id,
      @Schema(example = "3110250001") String studentCode,
      @Schema(example = "S311002") String schoolCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "5") int grade,
      @Schema(example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b") UUID classId,
      @Schema(example = "5A1") String className,
      @Schema(description = "The class's homeroom teacher's login", example = "gv.s311002")
          @Nullable String homeroomTeacher,
      @Schema(description = "First day in the class", example = "2025-09-05") LocalDate startDate,
      @Schema(description = "Last day in the class; null while open", example = "2026-01-11")
          @Nullable LocalDate endDate,
      @Schema(
              description = "CLASS_CHANGED or TRANSFERRED; null while open",
              example = "CLASS_CHANGED")
          @Nullable EndReason endReason,
      @Schema(
              description = "At a receiving school: the transfer this enrolment took up",
              example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
          @Nullable UUID transferId) {

    static EnrolmentResponse of(StudentHistory.EnrolmentEntry entry) {
      Enrolment e = entry.enrolment();
      return new EnrolmentResponse(
          e.id(),
          e.studentCode(),
          e.schoolCode(),
          e.schoolYear().toString(),
          e.grade(),
          e.classId(),
          entry.className(),
          entry.homeroomTeacher(),
          e.startsOn(),
          e.endsOn(),
          e.endReason(),
          e.transferId());
    }
  }

  @Schema(description = "A transfer (chuyển trường) of the student from a school")
  record TransferResponse(
      @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
      @Schema(example = "3110250001") String studentCode,
      @Schema(description = "The sending school", example = "S311002") String fromSchoolCode,
      @Schema(description = "The receiving school of the province", example = "S311012")
          @Nullable String toSchoolCode,
      @Schema(
              description = "A school outside the province",
              example = "Trường Tiểu học Kim Liên, Hà Nội")
          @Nullable String destinationOutsideProvince,
      @Schema(description = "The last day at the sending school", example = "2026-02-27")
          LocalDate lastDay,
      @Schema(description = "Why", example = "Gia đình chuyển nơi ở.") String reason,
      @Schema(
              description =
                  "PENDING (the receiving school has not enrolled the student yet), TAKEN_UP,"
                      + " LEFT_PROVINCE",
              example = "PENDING")
          Transfer.Status status,
      @Schema(
              description = "The sending school's enrolment the transfer ended",
              example = "5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a")
          UUID endedEnrolmentId,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "5") int grade,
      @Schema(example = "5A1") String className,
      @Schema(
              description = "The receiving school's enrolment that took the transfer up",
              example = "6e2f3a4b-5c6d-4e7f-9a8b-0c1d2e3f4a5b")
          @Nullable UUID takenUpByEnrolmentId,
      @Schema(example = "2026-02-27T08:00:00Z") Instant recordedAt) {

    static TransferResponse of(Transfer t) {
      return new TransferResponse(
          t.id(),
          t.studentCode(),
          t.fromSchoolCode(),
          t.toSchoolCode(),
          t.destinationOutsideProvince(),
          t.lastDay(),
          t.reason(),
          t.status(),
          t.endedEnrolmentId(),
          t.schoolYear().toString(),
          t.grade(),
          t.className(),
          t.takenUpBy(),
          t.recordedAt());
    }
  }

  @Schema(
      description =
          "A student's school career in the province: every enrolment and transfer, oldest"
              + " first")
  record HistoryResponse(
      @Schema(example = "3110250001") String studentCode,
      @Schema(description = "The school holding the file now", example = "S311012")
          String schoolCode,
      @Schema(description = "Enrolments, ended ones too, by first day")
          List<EnrolmentResponse> enrolments,
      @Schema(description = "Transfers, by last day") List<TransferResponse> transfers) {

    static HistoryResponse of(StudentHistory h) {
      return new HistoryResponse(
          h.studentCode(),
          h.schoolCode(),
          h.enrolments().stream().map(EnrolmentResponse::of).toList(),
          h.transfers().stream().map(TransferResponse::of).toList());
    }
  }

  @Schema(description = "A parent or guardian of a student")
  record GuardianResponse(
      @Schema(example = "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f") UUID id,
      @Schema(example = "3110250001") String studentCode,
      @Schema(example = "Trần Văn Bình") String fullName,
      @Schema(example = "FATHER") Relationship relationship,
      @Schema(description = "Whether the legal representative", example = "true")
          boolean legalRepresentative,
      @Schema(example = "0912345678") @Nullable String phone,
      @Schema(description = "The day the legal representative consented", example = "2025-09-05")
          @Nullable LocalDate consentGivenOn,
      @Schema(description = "How the consent was recorded", example = "Phiếu đồng ý số 12/2025")
          @Nullable String consentRecordedAs,
      @Schema(description = "The linked citizen account's login", example = "congdan.binh")
          @Nullable String accountLogin,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static GuardianResponse of(Guardian g) {
      return new GuardianResponse(
          g.id(),
          g.studentCode(),
          g.fullName(),
          g.relationship(),
          g.legalRepresentative(),
          g.phone(),
          g.consent() == null ? null : g.consent().givenOn(),
          g.consent() == null ? null : g.consent().recordedAs(),
          g.accountLogin(),
          g.revision());
    }
  }
}
