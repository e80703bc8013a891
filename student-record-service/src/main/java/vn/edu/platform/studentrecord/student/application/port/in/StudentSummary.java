package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.student.domain.Sex;

/**
 * A student in a list: identity enough to tell students apart, the school holding the file, and the
 * enrolment there that matched (the latest open one without a filter), if any.
 */
public record StudentSummary(
    String studentCode,
    String fullName,
    LocalDate dateOfBirth,
    Sex sex,
    String schoolCode,
    @Nullable String schoolYear,
    @Nullable Integer grade,
    @Nullable UUID classId,
    @Nullable String className) {}
