package vn.edu.platform.studentrecord.record.domain.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One semester of a subject assessed by comment only: Đạt or Chưa đạt (Circular 22/2021, Art.
 * 9.1.a); {@code null} while a draft has none yet.
 */
public record CommentSemester(@Nullable CommentResult result) implements SemesterAssessment {}
