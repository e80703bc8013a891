package vn.edu.platform.studentrecord.record.domain.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subjects of one grade and how many elective subjects a student takes.
 *
 * @param grade 1-12
 * @param subjects compulsory and elective subjects, in the order a record lists them
 * @param minElectives the fewest elective subjects a record may hold
 * @param maxElectives the most elective subjects a record may hold
 */
public record GradeCurriculum(
    int grade, List<Subject> subjects, int minElectives, int maxElectives) {

  public GradeCurriculum {
    SchoolLevel level = SchoolLevel.ofGrade(grade);
    subjects = List.copyOf(subjects);
    Map<String, Subject> byCode = new LinkedHashMap<>();
    for (Subject subject : subjects) {
      if (byCode.put(subject.code(), subject) != null) {
        throw new IllegalArgumentException(
            "grade " + grade + ": subject " + subject.code() + " twice");
      }
      if (subject.kind().primary() != (level == SchoolLevel.PRIMARY)) {
        throw new IllegalArgumentException(
            "grade " + grade + ": subject " + subject.code() + " is assessed as " + subject.kind());
      }
    }
    long electives = subjects.stream().filter(Subject::elective).count();
    if (minElectives < 0 || maxElectives < minElectives || maxElectives > electives) {
      throw new IllegalArgumentException("grade " + grade + ": elective bounds out of range");
    }
  }

  public SchoolLevel level() {
    return SchoolLevel.ofGrade(grade);
  }

  public Optional<Subject> subject(String code) {
    return subjects.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public List<Subject> compulsorySubjects() {
    return subjects.stream().filter(s -> !s.elective()).toList();
  }
}
