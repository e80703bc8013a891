package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ClassView(
    UUID id,
    String schoolCode,
    String schoolYear,
    int grade,
    String name,
    @Nullable String homeroomTeacher) {}
