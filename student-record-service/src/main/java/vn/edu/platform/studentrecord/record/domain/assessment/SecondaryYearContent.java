package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secondary student's year (grades 6-12) as the school submits it: the subjects with their
 * semesters, the conduct set by the homeroom teacher and the sessions absent.
 *
 * @param subjects one entry per subject the student takes, in the order the record lists them
 * @param conductSemester1 conduct of semester I (Circular 22/2021, Art. 8)
 * @param conductSemester2 conduct of semester II
 * @param conductYear conduct of the year, as the homeroom teacher sets it
 * @param absencesSemester1 sessions (buổi) absent in semester I, excused or not
 * @param absencesSemester2 sessions absent in semester II, excused or not
 */
public record SecondaryYearContent(
    List<SecondarySubjectAssessment> subjects,
    @Nullable ConductLevel conductSemester1,
    @Nullable ConductLevel conductSemester2,
    @Nullable ConductLevel conductYear,
    int absencesSemester1,
    int absencesSemester2) {

  public SecondaryYearContent {
    subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
  }

  /** Sessions absent in the year, both semesters together (Circular 22/2021, Art. 12.1.c). */
  public int absences() {
    return absencesSemester1 + absencesSemester2;
  }
}
