package vn.edu.platform.studentrecord.record.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The student's identity as the record carries it, copied from the student registry when the school
 * verifies the record (đối chiếu dữ liệu định danh): the signatures cover it, so a signed record
 * says whose it is even after the registry changes.
 *
 * @param sex {@code MALE} or {@code FEMALE}
 * @param personalId the 12-digit personal identification number, null when the student has none on
 *     file
 */
public record IdentitySnapshot(
    String fullName,
    LocalDate dateOfBirth,
    String sex,
    String placeOfBirth,
    @Nullable String personalId) {

  public IdentitySnapshot {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(placeOfBirth, "placeOfBirth");
  }
}
