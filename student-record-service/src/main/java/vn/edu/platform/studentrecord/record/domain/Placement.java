package vn.edu.platform.studentrecord.record.domain;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the student learns in the record's school year, from their enrolment: the school that owns
 * the record, the grade, the class and its homeroom teacher (the one person who gives the record
 * its individual signature).
 *
 * @param homeroomTeacher the homeroom teacher's login, e.g. {@code gv.s311002}; null while the
 *     class has none, and then nobody can sign as homeroom teacher
 */
public record Placement(
    String schoolCode,
    int grade,
    UUID classId,
    String className,
    @Nullable String homeroomTeacher) {

  public Placement {
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(classId, "classId");
    Objects.requireNonNull(className, "className");
    if (grade < 1 || grade > 12) {
      throw new IllegalArgumentException("grade " + grade);
    }
  }
}
