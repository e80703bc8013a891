package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A student's enrolment in a class (xếp lớp), as the other features read it.
 *
 * @param schoolYear e.g. {@code 2025-2026}
 * @param homeroomTeacher the class's homeroom teacher's login, null until assigned
 * @param from the first day in the class
 * @param until the last day in the class; null while open (also after the year: the student
 *     finished it in the class)
 */
public record EnrolmentView(
    UUID id,
    String studentCode,
    String fullName,
    String schoolYear,
    String schoolCode,
    int grade,
    UUID classId,
    String className,
    @Nullable String homeroomTeacher,
    LocalDate from,
    @Nullable LocalDate until) {}
