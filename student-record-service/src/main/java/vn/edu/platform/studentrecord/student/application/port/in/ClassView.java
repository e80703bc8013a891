package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A class (lớp) of a school in a school year, as the other features read it.
 *
 * @param homeroomTeacher the homeroom teacher's login (giáo viên chủ nhiệm), null until assigned
 */
public record ClassView(
    UUID id,
    String schoolCode,
    String schoolYear,
    int grade,
    String name,
    @Nullable String homeroomTeacher) {}
