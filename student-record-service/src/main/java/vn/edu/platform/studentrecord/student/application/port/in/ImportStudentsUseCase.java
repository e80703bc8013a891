package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.UUID;

/**
 * A school's bulk import of its students, one row at a time in the import's transaction: what is
 * there already with the same data is left as it is, so the same file twice changes nothing. A row
 * the rules refuse throws the kernel's exceptions, with pointers named after the row's fields.
 */
public interface ImportStudentsUseCase {

  /** What a row did. */
  enum Outcome {
    /** The student was registered and enrolled. */
    REGISTERED,
    /** The registered student was enrolled in the class (or moved to it). */
    ENROLLED,
    /** The student was enrolled in the class already: nothing changed. */
    UNCHANGED
  }

  /**
   * Applies one row for {@code schoolCode} (the uploader's school).
   *
   * @param jobId the import job, so that a student code twice in one file is refused ({@code
   *     duplicate-in-file}, naming the first row)
   */
  Outcome importRow(String schoolCode, UUID jobId, StudentCommands.ImportStudent row);
}
