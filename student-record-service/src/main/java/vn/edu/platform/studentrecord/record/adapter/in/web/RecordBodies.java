package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.web.text.SingleLineText;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.ContentChecks;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.ScoredSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.SemesterAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;

/**
 * A record's content as the API carries it, in both directions: exactly one of {@code secondary}
 * (grades 6-12, Circular 22/2021) and {@code primary} (grades 1-5, Circular 27/2020). Values are
 * checked by the assessment rules, not here, so that every refused value comes back at once with
 * its rule's code ({@code score-out-of-range}, {@code score-too-precise}, {@code
 * wrong-regular-assessment-count}, {@code unknown-subject}, ...).
 */
final class RecordBodies {

  private RecordBodies() {}

  static final String STUDENT_CODE = "^[0-9]{10}$";
  static final String SCHOOL_YEAR = "^[0-9]{4}-[0-9]{4}$";

  @Schema(
      description =
          "The content of a record: exactly one of secondary (grades 6-12) and primary (grades"
              + " 1-5)")
  record ContentBody(
      @Schema(description = "Grades 6-12 (Circular 22/2021)") @Valid
          @Nullable SecondaryContentBody secondary,
      @Schema(description = "Grades 1-5 (Circular 27/2020)") @Valid
          @Nullable PrimaryContentBody primary) {

    /** The domain's content; 422 when both or neither are given, or a semester holds both kinds. */
    RecordContent toDomain(String pointer) {
      if ((secondary == null) == (primary == null)) {
        throw new RuleViolation(
            "record-content",
            Violation.withMessage(
                pointer,
                "one-content-kind",
                "Give exactly one of secondary (grades 6-12) and primary (grades 1-5)"));
      }
      return secondary != null
          ? new RecordContent.Secondary(secondary.toDomain(pointer + "/secondary"))
          : new RecordContent.Primary(primary.toDomain(pointer + "/primary"));
    }

    static ContentBody of(RecordContent content) {
      return switch (content) {
        case RecordContent.Secondary s -> new ContentBody(SecondaryContentBody.of(s.year()), null);
        case RecordContent.Primary p -> new ContentBody(null, PrimaryContentBody.of(p.year()));
      };
    }
  }

  @Schema(description = "A secondary school year: every subject's two semesters, conduct, absences")
  record SecondaryContentBody(
      @ArraySchema(
              arraySchema =
                  @Schema(description = "One entry per subject of the grade's curriculum"),
              maxItems = 30)
          @NotNull
          @Size(max = 30)
          List<@Valid @NotNull SecondarySubjectBody> subjects,
      @Schema(description = "Conduct in semester I, set by the homeroom teacher", example = "GOOD")
          @Nullable ConductLevel conductSemester1,
      @Schema(description = "Conduct in semester II", example = "GOOD")
          @Nullable ConductLevel conductSemester2,
      @Schema(description = "Conduct of the year", example = "GOOD")
          @Nullable ConductLevel conductYear,
      @Schema(
              description = "Sessions absent in semester I, excused or not",
              example = "2",
              minimum = "0",
              maximum = "200")
          @Nullable Integer absencesSemester1,
      @Schema(
              description = "Sessions absent in semester II, excused or not",
              example = "1",
              minimum = "0",
              maximum = "200")
          @Nullable Integer absencesSemester2) {

    SecondaryYearContent toDomain(String pointer) {
      List<Violation> violations = new ArrayList<>();
      List<SecondarySubjectAssessment> mapped = new ArrayList<>();
      for (int i = 0; i < subjects.size(); i++) {
        SecondarySubjectBody s = subjects.get(i);
        String at = pointer + "/subjects/" + i;
        mapped.add(
            new SecondarySubjectAssessment(
                s.subjectCode(),
                semester(s.semester1(), at + "/semester1", violations),
                semester(s.semester2(), at + "/semester2", violations),
                s.teacherComment()));
      }
      RuleViolation.throwIfAny("record-content", violations);
      return new SecondaryYearContent(
          mapped,
          conductSemester1,
          conductSemester2,
          conductYear,
          absencesSemester1 == null ? 0 : absencesSemester1,
          absencesSemester2 == null ? 0 : absencesSemester2);
    }

    private static @Nullable SemesterAssessment semester(
        @Nullable SemesterBody body, String pointer, List<Violation> violations) {
      if (body == null) {
        return null;
      }
      boolean scores =
          (body.regular() != null && !body.regular().isEmpty())
              || body.midTerm() != null
              || body.endOfTerm() != null;
      if (scores && body.result() != null) {
        violations.add(
            Violation.withMessage(
                pointer,
                "scores-and-result",
                "A semester holds scores (scored subjects) or a result (comment subjects), not both"));
        return null;
      }
      if (body.result() != null) {
        return new CommentSemester(body.result());
      }
      return new ScoredSemester(
          body.regular() == null ? List.of() : body.regular(), body.midTerm(), body.endOfTerm());
    }

    static SecondaryContentBody of(SecondaryYearContent c) {
      return new SecondaryContentBody(
          c.subjects().stream()
              .map(
                  s ->
                      new SecondarySubjectBody(
                          s.subjectCode(),
                          SemesterBody.of(s.semester1()),
                          SemesterBody.of(s.semester2()),
                          s.teacherComment()))
              .toList(),
          c.conductSemester1(),
          c.conductSemester2(),
          c.conductYear(),
          c.absencesSemester1(),
          c.absencesSemester2());
    }
  }

  @Schema(description = "One subject of a secondary year")
  record SecondarySubjectBody(
      @Schema(description = "The subject's code in the catalogue", example = "toan")
          @NotBlank
          @Size(max = 64)
          @SingleLineText
          String subjectCode,
      @Schema(description = "Semester I") @Valid @Nullable SemesterBody semester1,
      @Schema(description = "Semester II") @Valid @Nullable SemesterBody semester2,
      @Schema(
              description = "The subject teacher's comment on the year",
              example = "Nắm vững kiến thức, vận dụng tốt.")
          @Nullable
          @Size(max = 2000)
          String teacherComment) {}

  @Schema(
      description =
          "One semester of a subject: the scores of a scored subject (regular assessments ĐĐGtx,"
              + " mid-term ĐĐGgk, end-of-term ĐĐGck; 0-10, one decimal at most) or the result of a"
              + " comment-only subject")
  record SemesterBody(
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "Regular assessments: 2, 3 or 4 by the subject's yearly periods"),
              schema = @Schema(example = "8.5", minimum = "0", maximum = "10"),
              maxItems = 8)
          @Nullable
          @Size(max = 8)
          List<@Nullable BigDecimal> regular,
      @Schema(
              description = "Mid-term score (ĐĐGgk)",
              example = "7.5",
              minimum = "0",
              maximum = "10")
          @Nullable BigDecimal midTerm,
      @Schema(
              description = "End-of-term score (ĐĐGck)",
              example = "8.0",
              minimum = "0",
              maximum = "10")
          @Nullable BigDecimal endOfTerm,
      @Schema(description = "Result of a comment-only subject", example = "PASSED")
          @Nullable CommentResult result) {

    static @Nullable SemesterBody of(@Nullable SemesterAssessment semester) {
      return switch (semester) {
        case null -> null;
        case ScoredSemester s -> new SemesterBody(s.regular(), s.midTerm(), s.endOfTerm(), null);
        case CommentSemester c -> new SemesterBody(null, null, null, c.result());
      };
    }
  }

  /**
   * The level of a quality or competency. The web's own copy of {@link CompetenceLevel} so that the
   * document names it once ({@code enumAsRef}): two maps with the same inline enum make generated
   * clients declare one nested enum twice.
   */
  @Schema(
      name = "CompetenceLevel",
      enumAsRef = true,
      description = "GOOD (Tốt), PASS (Đạt) or NEEDS_EFFORT (Cần cố gắng)",
      example = "GOOD")
  enum LevelBody {
    GOOD,
    PASS,
    NEEDS_EFFORT;

    // a level left null stays null: the rules report it as missing
    static <K extends Enum<K>> EnumMap<K, @Nullable CompetenceLevel> toDomain(
        @Nullable Map<K, @Nullable LevelBody> levels, Class<K> keys) {
      EnumMap<K, @Nullable CompetenceLevel> mapped = new EnumMap<>(keys);
      if (levels != null) {
        levels.forEach(
            (k, v) -> mapped.put(k, v == null ? null : CompetenceLevel.valueOf(v.name())));
      }
      return mapped;
    }

    static <K extends Enum<K>> EnumMap<K, @Nullable LevelBody> of(
        Map<K, ? extends @Nullable CompetenceLevel> levels, Class<K> keys) {
      EnumMap<K, @Nullable LevelBody> mapped = new EnumMap<>(keys);
      levels.forEach((k, v) -> mapped.put(k, v == null ? null : LevelBody.valueOf(v.name())));
      return mapped;
    }
  }

  @Schema(description = "A primary school year: subjects, qualities, competencies, absences")
  record PrimaryContentBody(
      @ArraySchema(
              arraySchema =
                  @Schema(description = "One entry per subject of the grade's curriculum"),
              maxItems = 30)
          @NotNull
          @Size(max = 30)
          List<@Valid @NotNull PrimarySubjectBody> subjects,
      @Schema(
              description =
                  "The five qualities (phẩm chất) at GOOD (Tốt), PASS (Đạt) or NEEDS_EFFORT (Cần cố"
                      + " gắng)",
              example = "{\"PATRIOTISM\": \"GOOD\", \"HONESTY\": \"PASS\"}")
          @Nullable Map<Quality, @Nullable LevelBody> qualities,
      @Schema(
              description = "The general and specific competencies (năng lực), same levels",
              example = "{\"SELF_RELIANCE_AND_SELF_STUDY\": \"GOOD\"}")
          @Nullable Map<Competency, @Nullable LevelBody> competencies,
      @Schema(
              description = "Sessions absent in semester I",
              example = "0",
              minimum = "0",
              maximum = "200")
          @Nullable Integer absencesSemester1,
      @Schema(
              description = "Sessions absent in semester II",
              example = "1",
              minimum = "0",
              maximum = "200")
          @Nullable Integer absencesSemester2) {

    PrimaryYearContent toDomain(String pointer) {
      List<Violation> violations = new ArrayList<>();
      List<PrimarySubjectAssessment> mapped = new ArrayList<>();
      for (int i = 0; i < subjects.size(); i++) {
        PrimarySubjectBody s = subjects.get(i);
        String at = pointer + "/subjects/" + i;
        List<Violation> tests =
            new ArrayList<>(ContentChecks.rawTestScore(at + "/semester1Test", s.semester1Test()));
        tests.addAll(ContentChecks.rawTestScore(at + "/yearTest", s.yearTest()));
        violations.addAll(tests);
        mapped.add(
            new PrimarySubjectAssessment(
                s.subjectCode(),
                s.semester1Level(),
                s.yearLevel(),
                tests.isEmpty() ? whole(s.semester1Test()) : null,
                tests.isEmpty() ? whole(s.yearTest()) : null,
                s.teacherComment()));
      }
      RuleViolation.throwIfAny("record-content", violations);
      return new PrimaryYearContent(
          mapped,
          LevelBody.toDomain(qualities, Quality.class),
          LevelBody.toDomain(competencies, Competency.class),
          absencesSemester1 == null ? 0 : absencesSemester1,
          absencesSemester2 == null ? 0 : absencesSemester2);
    }

    private static @Nullable Integer whole(@Nullable BigDecimal score) {
      return score == null ? null : score.intValueExact();
    }

    static PrimaryContentBody of(PrimaryYearContent c) {
      return new PrimaryContentBody(
          c.subjects().stream()
              .map(
                  s ->
                      new PrimarySubjectBody(
                          s.subjectCode(),
                          s.semester1Level(),
                          s.yearLevel(),
                          s.semester1Test() == null ? null : BigDecimal.valueOf(s.semester1Test()),
                          s.yearTest() == null ? null : BigDecimal.valueOf(s.yearTest()),
                          s.teacherComment()))
              .toList(),
          LevelBody.of(c.qualities(), Quality.class),
          LevelBody.of(c.competencies(), Competency.class),
          c.absencesSemester1(),
          c.absencesSemester2());
    }
  }

  @Schema(description = "One subject of a primary year")
  record PrimarySubjectBody(
      @Schema(description = "The subject's code in the catalogue", example = "tieng-viet")
          @NotBlank
          @Size(max = 64)
          @SingleLineText
          String subjectCode,
      @Schema(description = "Level at the end of semester I", example = "COMPLETED_WELL")
          @Nullable SubjectLevel semester1Level,
      @Schema(description = "Level at the end of the year", example = "COMPLETED_WELL")
          @Nullable SubjectLevel yearLevel,
      @Schema(
              description = "End-of-semester-I test, a whole number 0-10",
              example = "9",
              minimum = "0",
              maximum = "10")
          @Nullable BigDecimal semester1Test,
      @Schema(
              description = "End-of-year test, a whole number 0-10",
              example = "10",
              minimum = "0",
              maximum = "10")
          @Nullable BigDecimal yearTest,
      @Schema(
              description = "The teacher's comment",
              example = "Đọc to, rõ ràng; viết đúng chính tả.")
          @Nullable
          @Size(max = 2000)
          String teacherComment) {}

  @Schema(description = "A student's record content within a bulk submission")
  record BulkEntry(
      @Schema(description = "The student's code", example = "3110020001")
          @NotNull
          @Size(max = 10)
          @Pattern(regexp = STUDENT_CODE)
          String studentCode,
      @Schema(description = "The content") @NotNull @Valid ContentBody content) {}
}
