package vn.edu.platform.studentrecord.extract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an extract reproduces of one version of a school record, in the words the extract prints:
 * where the student learnt that year, who they are (as the record's identity snapshot says, which
 * the signatures cover), the year's results, the signatures, and whether this version corrects an
 * earlier one or was corrected itself. The extracts feature's own copy of the record, so that its
 * rendering and its public answer do not depend on the record feature's model.
 *
 * @param status the record's workflow state, e.g. {@code LOCKED}
 * @param signedByInstitution whether the principal signed it (signed by the principal, or locked):
 *     only such a record has extracts
 * @param correction why this version exists, when it corrects an earlier one; null for version 1
 * @param supersededBy the later version that corrects this one; null while it is the current one
 * @param lowerSecondaryCompletionConfirmedAt grade 9: when the principal confirmed the completion
 *     of the lower-secondary programme (xác nhận hoàn thành chương trình THCS); null otherwise
 */
public record ExtractedRecord(
    UUID recordId,
    String studentCode,
    String schoolYear,
    int version,
    String status,
    boolean signedByInstitution,
    String schoolCode,
    int grade,
    String className,
    Identity identity,
    YearResults results,
    List<Signer> signers,
    @Nullable Correction correction,
    @Nullable UUID supersededBy,
    @Nullable Instant lowerSecondaryCompletionConfirmedAt) {

  public ExtractedRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(results, "results");
    signers = List.copyOf(signers);
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
  }

  /** How the extract names the record's state. */
  public String statusName() {
    return switch (status) {
      case "SIGNED_BY_PRINCIPAL" -> "Hiệu trưởng đã ký";
      case "LOCKED" -> "Đã khoá";
      case "SIGNED_BY_TEACHER" -> "Giáo viên chủ nhiệm đã ký";
      default -> status;
    };
  }

  /** Whether a later version corrected this one. */
  public boolean corrected() {
    return supersededBy != null;
  }

  /**
   * The student as the record names them.
   *
   * @param sex {@code MALE} or {@code FEMALE}
   * @param personalId the 12-digit personal identification number; null when the student has none
   */
  public record Identity(
      String fullName,
      LocalDate dateOfBirth,
      String sex,
      String placeOfBirth,
      @Nullable String personalId) {

    public Identity {
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(dateOfBirth, "dateOfBirth");
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(placeOfBirth, "placeOfBirth");
    }

    /** Nam or Nữ. */
    public String sexName() {
      return switch (sex) {
        case "MALE" -> "Nam";
        case "FEMALE" -> "Nữ";
        default -> sex;
      };
    }

    /** The personal ID with all but its last four digits hidden; null when there is none. */
    public @Nullable String maskedPersonalId() {
      return personalId == null ? null : Masks.personalId(personalId);
    }

    /** The name with all but each word's first letter hidden, for the public verification. */
    public String maskedName() {
      return Masks.name(fullName);
    }
  }

  /** A level as the API names it ({@code GOOD}) and as the extract prints it ({@code Tốt}). */
  public record Level(String code, String name) {

    public Level {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }

  /** The computed results of the year. */
  public sealed interface YearResults {

    /** The year's learning result (secondary) or outcome (primary). */
    Level learning();

    /** The year's conduct (secondary); null for primary, which assesses none. */
    @Nullable Level conduct();

    /** Sessions absent in the year. */
    int absences();

    /** The year-end decision as the extract prints it, e.g. {@code Được lên lớp}. */
    String decision();
  }

  /**
   * A secondary year (Circular 22/2021).
   *
   * @param award the year's award, e.g. {@code Học sinh Giỏi}; null for none
   */
  public record Secondary(
      List<SubjectLine> subjects,
      Level learningSemester1,
      Level learningSemester2,
      Level learningYear,
      @Nullable Level conductSemester1,
      @Nullable Level conductSemester2,
      Level conductYear,
      int absences,
      String decision,
      @Nullable String award)
      implements YearResults {

    public Secondary {
      subjects = List.copyOf(subjects);
      Objects.requireNonNull(learningSemester1, "learningSemester1");
      Objects.requireNonNull(learningSemester2, "learningSemester2");
      Objects.requireNonNull(learningYear, "learningYear");
      Objects.requireNonNull(conductYear, "conductYear");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Level learning() {
      return learningYear;
    }

    @Override
    public Level conduct() {
      return conductYear;
    }
  }

  /**
   * One secondary subject: the averages of a scored subject (ĐTBmhk I, II and ĐTBmcn), or the
   * results (Đạt, Chưa đạt) of a subject assessed by comment only.
   */
  public record SubjectLine(
      String code,
      String name,
      @Nullable BigDecimal semester1Average,
      @Nullable BigDecimal semester2Average,
      @Nullable BigDecimal yearAverage,
      @Nullable Level semester1Result,
      @Nullable Level semester2Result,
      @Nullable Level yearResult) {

    public SubjectLine {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }

    public boolean scored() {
      return yearAverage != null;
    }
  }

  /** A primary year (Circular 27/2020). */
  public record Primary(
      List<PrimarySubjectLine> subjects,
      List<NamedLevel> qualities,
      List<NamedLevel> competencies,
      Level outcome,
      int absences,
      String decision)
      implements YearResults {

    public Primary {
      subjects = List.copyOf(subjects);
      qualities = List.copyOf(qualities);
      competencies = List.copyOf(competencies);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Level learning() {
      return outcome;
    }

    @Override
    public @Nullable Level conduct() {
      return null;
    }
  }

  /**
   * One primary subject: its levels (Hoàn thành tốt, Hoàn thành, Chưa hoàn thành) at the end of
   * semester I and of the year, and its periodic tests (whole numbers 0-10) when it has them.
   */
  public record PrimarySubjectLine(
      String code,
      String name,
      @Nullable Level semester1Level,
      @Nullable Integer semester1Test,
      Level yearLevel,
      @Nullable Integer yearTest) {

    public PrimarySubjectLine {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(yearLevel, "yearLevel");
    }
  }

  /** A primary quality or competency and its level, e.g. Trung thực: Tốt. */
  public record NamedLevel(String name, Level level) {

    public NamedLevel {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * A signature of the record.
   *
   * @param role {@code HOMEROOM_TEACHER} or {@code PRINCIPAL}
   * @param signerRole the capacity the certificate is registered in; {@code VICE_PRINCIPAL} when a
   *     vice-principal signed on the principal's behalf
   * @param delegationDecision the delegation's decision then
   */
  public record Signer(
      String role,
      String signerRole,
      String login,
      Instant signedAt,
      @Nullable String delegationDecision) {

    public Signer {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(signerRole, "signerRole");
      Objects.requireNonNull(login, "login");
      Objects.requireNonNull(signedAt, "signedAt");
    }

    /** How the extract names the signature, e.g. {@code Giáo viên chủ nhiệm}. */
    public String printedRole() {
      if ("HOMEROOM_TEACHER".equals(role)) {
        return "Giáo viên chủ nhiệm";
      }
      if ("VICE_PRINCIPAL".equals(signerRole)) {
        return "Phó hiệu trưởng ký thay hiệu trưởng"
            + (delegationDecision == null ? "" : " (" + delegationDecision + ")");
      }
      return "Hiệu trưởng";
    }
  }

  /**
   * Why a version corrects an earlier one (đính chính).
   *
   * @param decisionNumber the principal's decision, e.g. {@code 15/QĐ-THHB}
   */
  public record Correction(String reason, String decisionNumber, LocalDate decisionDate) {

    public Correction {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decisionNumber, "decisionNumber");
      Objects.requireNonNull(decisionDate, "decisionDate");
    }
  }
}
