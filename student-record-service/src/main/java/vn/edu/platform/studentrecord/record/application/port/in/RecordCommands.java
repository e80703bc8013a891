package vn.edu.platform.studentrecord.record.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.studentrecord.record.domain.RecordContent;

/** The commands of the record's use cases. */
public final class RecordCommands {

  private RecordCommands() {}

  /** Enter or replace the content of a student's record of a school year. */
  public record SubmitRecord(
      Actor actor, String studentCode, String schoolYear, RecordContent content) {}

  /** One student's content within a bulk submission. */
  public record StudentContent(String studentCode, RecordContent content) {}

  /**
   * Enter the records of one class ({@code classId}) or of one school ({@code schoolCode}) in one
   * request: all stored, or none.
   */
  public record SubmitRecordsInBulk(
      Actor actor,
      String schoolYear,
      @Nullable UUID classId,
      @Nullable String schoolCode,
      List<StudentContent> records) {}

  /** A workflow step on one record. */
  public record Step(Actor actor, UUID recordId, ExpectedRevision expected) {}

  /** A step taken on every record of a class or a school waiting for it. */
  public enum BulkStep {
    VERIFY,
    CONFIRM,
    LOCK
  }

  public record StepInBulk(
      Actor actor, BulkStep step, String schoolCode, String schoolYear, @Nullable UUID classId) {}

  public record Reopen(Actor actor, UUID recordId, ExpectedRevision expected, String reason) {}

  public record Correct(
      Actor actor,
      UUID recordId,
      ExpectedRevision expected,
      RecordContent content,
      String reason,
      String decisionNumber,
      LocalDate decisionDate) {}
}
