package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who a student is, as the record's identity cross-check reads it.
 *
 * @param personalId the personal identification number, null until known
 * @param personalIdVerified whether the school cross-checked it; a record is not verified without
 */
public record StudentIdentityView(
    String studentCode,
    String fullName,
    LocalDate dateOfBirth,
    Sex sex,
    String placeOfBirth,
    @Nullable String personalId,
    boolean personalIdVerified) {}
