package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;

/**
 * The computed results of one secondary subject: the averages of a scored subject (ĐTBmhk I and II,
 * ĐTBmcn; the comment fields {@code null}) or the results of a comment-only subject (the averages
 * {@code null}).
 */
public record SubjectResult(
    String subjectCode,
    AssessmentKind kind,
    @Nullable BigDecimal semester1Average,
    @Nullable BigDecimal semester2Average,
    @Nullable BigDecimal yearAverage,
    @Nullable CommentResult semester1Result,
    @Nullable CommentResult semester2Result,
    @Nullable CommentResult yearResult) {

  public SubjectResult {
    Objects.requireNonNull(subjectCode, "subjectCode");
    Objects.requireNonNull(kind, "kind");
    boolean averages = semester1Average != null && semester2Average != null && yearAverage != null;
    boolean noAverages =
        semester1Average == null && semester2Average == null && yearAverage == null;
    boolean results = semester1Result != null && semester2Result != null && yearResult != null;
    boolean noResults = semester1Result == null && semester2Result == null && yearResult == null;
    boolean consistent =
        switch (kind) {
          case SCORED -> averages && noResults;
          case COMMENT_ONLY -> noAverages && results;
          case PRIMARY_LEVEL_AND_TEST, PRIMARY_LEVEL -> false;
        };
    if (!consistent) {
      throw new IllegalArgumentException(
          subjectCode
              + ": a scored subject has its three averages, a comment-only one its three results");
    }
  }

  static SubjectResult scored(String code, BigDecimal s1, BigDecimal s2, BigDecimal year) {
    return new SubjectResult(code, AssessmentKind.SCORED, s1, s2, year, null, null, null);
  }

  static SubjectResult comment(
      String code, CommentResult s1, CommentResult s2, CommentResult year) {
    return new SubjectResult(code, AssessmentKind.COMMENT_ONLY, null, null, null, s1, s2, year);
  }

  /** Whether the subject is scored (its averages are set) rather than comment-only. */
  public boolean isScored() {
    return kind == AssessmentKind.SCORED;
  }

  /** This subject's mark in a period: semester I, semester II or the year. */
  Mark mark(Period period) {
    return switch (period) {
      case SEMESTER_1 ->
          isScored()
              ? Mark.score(subjectCode, semester1Average)
              : Mark.comment(subjectCode, semester1Result);
      case SEMESTER_2 ->
          isScored()
              ? Mark.score(subjectCode, semester2Average)
              : Mark.comment(subjectCode, semester2Result);
      case YEAR ->
          isScored() ? Mark.score(subjectCode, yearAverage) : Mark.comment(subjectCode, yearResult);
    };
  }

  /** The three periods a learning result is given for. */
  enum Period {
    SEMESTER_1,
    SEMESTER_2,
    YEAR
  }
}
