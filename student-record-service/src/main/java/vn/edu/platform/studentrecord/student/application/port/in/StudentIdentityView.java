package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record StudentIdentityView(
    String studentCode,
    String fullName,
    LocalDate dateOfBirth,
    Sex sex,
    String placeOfBirth,
    @Nullable String personalId,
    boolean personalIdVerified) {}
