package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * What a secondary subject holds for one semester: scores for a subject assessed by comment and
 * scores, a result for a subject assessed by comment only (Circular 22/2021, Art. 5).
 */
public sealed interface SemesterAssessment permits ScoredSemester, CommentSemester {}
