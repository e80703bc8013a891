package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * A class (lớp) of a school in a school year, e.g. {@code 9A1} of grade 9, with its homeroom
 * teacher (giáo viên chủ nhiệm), named by the login the school's realm knows them by. Unique by
 * school, year and name (409 {@code class-exists}).
 *
 * <p>Rules kept here: grade 1-12 ({@code grade-out-of-range}); name required, at most 30
 * characters; the homeroom teacher's login a realm login ({@code login-format}); a change to the
 * teacher the class has is no change ({@code homeroom-teacher-unchanged}).
 *
 * @param homeroomTeacher the homeroom teacher's login (gv.s311002-style); null until assigned
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record SchoolClass(
    UUID id,
    String schoolCode,
    SchoolYear schoolYear,
    int grade,
    String name,
    String homeroomTeacher,
    Instant createdAt,
    long revision) {

  public SchoolClass {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Creates a class; every broken rule at once. */
  public static Changes<SchoolClass> create(
      UUID id,
      String schoolCode,
      SchoolYear schoolYear,
      int grade,
      String name,
      String homeroomTeacher,
      Instant at) {
    List<Violation> violations = new ArrayList<>();
    checkGrade("/grade", grade, violations);
    String text = StudentRules.checkText("/name", name, true, 30, violations);
    String teacher = StudentRules.text(homeroomTeacher);
    StudentRules.checkLogin("/homeroomTeacher", teacher, violations);
    StudentRules.throwIfAny(violations);
    SchoolClass created = new SchoolClass(id, schoolCode, schoolYear, grade, text, teacher, at, 1);
    return Changes.of(created, new StudentEvent.ClassCreated(created));
  }

  /** Hands the class to another homeroom teacher. */
  public Changes<SchoolClass> withHomeroomTeacher(String login) {
    List<Violation> violations = new ArrayList<>();
    String teacher = StudentRules.text(login);
    if (teacher == null) {
      violations.add(Violation.at("/login", "required"));
    }
    StudentRules.checkLogin("/login", teacher, violations);
    StudentRules.throwIfAny(violations);
    if (teacher.equals(homeroomTeacher)) {
      throw new StateConflict(
          "homeroom-teacher-unchanged", "The class has this homeroom teacher already");
    }
    SchoolClass changed =
        new SchoolClass(id, schoolCode, schoolYear, grade, name, teacher, createdAt, revision + 1);
    return Changes.of(changed, new StudentEvent.HomeroomTeacherChanged(changed));
  }

  static void checkGrade(String pointer, int grade, List<Violation> violations) {
    if (grade < 1 || grade > 12) {
      violations.add(Violation.at(pointer, "grade-out-of-range"));
    }
  }
}
