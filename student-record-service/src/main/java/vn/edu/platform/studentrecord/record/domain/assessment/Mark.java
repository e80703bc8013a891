package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subject's result in one period as the learning result reads it: an average for a scored
 * subject, Đạt / Chưa đạt for a comment-only one. Exactly one of the two is set.
 */
record Mark(String subjectCode, @Nullable BigDecimal average, @Nullable CommentResult comment) {

  Mark {
    Objects.requireNonNull(subjectCode, "subjectCode");
    if ((average == null) == (comment == null)) {
      throw new IllegalArgumentException(subjectCode + ": a mark is an average or a comment");
    }
  }

  static Mark score(String code, @Nullable BigDecimal average) {
    return new Mark(code, Objects.requireNonNull(average, code), null);
  }

  static Mark comment(String code, @Nullable CommentResult comment) {
    return new Mark(code, null, Objects.requireNonNull(comment, code));
  }

  boolean scored() {
    return average != null;
  }

  /** The best mark a subject of this kind can have: 10.0 or Đạt (the adjustment's yardstick). */
  Mark best() {
    return scored() ? score(subjectCode, Scores.MAX) : comment(subjectCode, CommentResult.PASSED);
  }
}
