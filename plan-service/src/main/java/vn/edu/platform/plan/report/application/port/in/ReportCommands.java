package vn.edu.platform.plan.report.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.DueRule;
import vn.edu.platform.plan.report.domain.PeriodType;
import vn.edu.platform.plan.report.domain.ReopeningDecision;
import vn.edu.platform.plan.report.domain.ReportContent;

/** The commands on report forms and reports; each record checks its own shape. */
public final class ReportCommands {

  private ReportCommands() {}

  /**
   * A new report form on a task or a target of a plan.
   *
   * @param title null for the task's content or the target's indicator
   * @param valuesRequired null for true
   * @param unitCodes the reporting units, when the department names them (required for a
   *     province-level target); empty for the task's or target's units
   */
  public record CreateForm(
      UUID planId,
      UUID taskId,
      UUID targetId,
      String title,
      PeriodType periodType,
      DueRule dueRule,
      String firstPeriod,
      String lastPeriod,
      Boolean valuesRequired,
      List<String> unitCodes) {
    public CreateForm {
      Objects.requireNonNull(planId, "planId");
      unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
  }

  /**
   * A unit saves its report of a period as a draft (created on first save).
   *
   * @param expectedRevision the revision the caller read, to refuse lost updates; {@link
   *     ExpectedRevision#any()} to skip
   */
  public record SaveReport(
      UUID formId,
      String periodCode,
      String unitCode,
      ReportContent content,
      ExpectedRevision expectedRevision) {
    public SaveReport {
      Objects.requireNonNull(expectedRevision, "expectedRevision");
      Objects.requireNonNull(formId, "formId");
      Objects.requireNonNull(unitCode, "unitCode");
      content = content == null ? ReportContent.EMPTY : content;
    }
  }

  /** A unit submits its report of a period; with {@code content}, saved first in the same step. */
  public record SubmitReport(
      UUID formId, String periodCode, String unitCode, ReportContent content) {
    public SubmitReport {
      Objects.requireNonNull(formId, "formId");
      Objects.requireNonNull(unitCode, "unitCode");
    }
  }

  /** Who approves or rejects: a commune officer for the commune, department staff. */
  public record Approver(ApprovalLevel level, String unitCode) {
    public Approver {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(unitCode, "unitCode");
    }
  }

  /** Approve a report at the approver's level, with an optional comment. */
  public record ApproveReport(UUID reportId, Approver approver, String comment) {
    public ApproveReport {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(approver, "approver");
    }
  }

  /** Return a report to its unit with a reason. */
  public record RejectReport(UUID reportId, Approver approver, String reason) {
    public RejectReport {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(approver, "approver");
    }
  }

  /** Reopen an approved report by a department decision. */
  public record ReopenReport(UUID reportId, String departmentUnitCode, ReopeningDecision decision) {
    public ReopenReport {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(departmentUnitCode, "departmentUnitCode");
      Objects.requireNonNull(decision, "decision");
    }
  }
}
