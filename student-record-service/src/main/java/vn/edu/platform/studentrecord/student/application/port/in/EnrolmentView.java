package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
