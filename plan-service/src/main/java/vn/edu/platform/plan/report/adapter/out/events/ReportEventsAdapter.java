package vn.edu.platform.plan.report.adapter.out.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.ProgressReportApproved;
import vn.edu.platform.events.plan.ProgressReportRejected;
import vn.edu.platform.events.plan.ProgressReportReopened;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.ReportingPeriod;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.plan.report.application.port.out.ReportEventPublisher;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReopeningDecision;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/**
 * Turns report changes into the public events of {@code platform-events} ({@code
 * ProgressReportSubmitted}, {@code ProgressReportApproved}, {@code ProgressReportRejected}, {@code
 * ProgressReportReopened}, {@code TargetValueReported}), written to the outbox in the business
 * transaction. The events carry ids, codes, dates and numbers only: a report's narrative, a
 * rejection's reason and a reopening decision's reason stay in plan-service.
 */
@Component
class ReportEventsAdapter implements ReportEventPublisher {

  private final IntegrationEventPublisher events;
  private final Clock clock;

  ReportEventsAdapter(IntegrationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void submitted(ReportForm form, ProgressReport report) {
    events.publish(
        new ProgressReportSubmitted(
            UUID.randomUUID(),
            clock.instant(),
            report.id(),
            form.taskId(),
            form.targetId(),
            form.planId(),
            report.unitCode(),
            periodOf(report),
            report.submittedAt(),
            Boolean.TRUE.equals(report.onTime())));
  }

  @Override
  public void approved(
      ProgressReport report, ApprovalLevel level, String approverUnitCode, Instant at) {
    events.publish(
        new ProgressReportApproved(
            UUID.randomUUID(),
            clock.instant(),
            report.id(),
            report.unitCode(),
            approverUnitCode,
            ProgressReportApproved.Level.valueOf(level.name()),
            at));
  }

  @Override
  public void rejected(
      ReportForm form,
      ProgressReport rejected,
      ProgressReport redraft,
      ApprovalLevel level,
      String rejecterUnitCode,
      Instant at) {
    events.publish(
        new ProgressReportRejected(
            UUID.randomUUID(),
            clock.instant(),
            rejected.id(),
            form.taskId(),
            form.targetId(),
            form.planId(),
            rejected.unitCode(),
            periodOf(rejected),
            rejecterUnitCode,
            ProgressReportApproved.Level.valueOf(level.name()),
            at,
            redraft.id()));
  }

  @Override
  public void reopened(
      ReportForm form,
      ProgressReport reopened,
      ReopeningDecision decision,
      String departmentUnitCode,
      Instant at) {
    events.publish(
        new ProgressReportReopened(
            UUID.randomUUID(),
            clock.instant(),
            reopened.id(),
            form.taskId(),
            form.targetId(),
            form.planId(),
            reopened.unitCode(),
            periodOf(reopened),
            departmentUnitCode,
            decision.number(),
            decision.date(),
            at));
  }

  @Override
  public void targetValueReported(
      ReportForm form, ProgressReport report, BigDecimal value, String unitOfMeasure) {
    events.publish(
        new TargetValueReported(
            UUID.randomUUID(),
            clock.instant(),
            form.targetId(),
            form.planId(),
            report.unitCode(),
            report.period().code(),
            plain(value),
            unitOfMeasure,
            TargetValueReported.Source.REPORTED));
  }

  private static ReportingPeriod periodOf(ProgressReport report) {
    return new ReportingPeriod(
        ReportingPeriod.Type.valueOf(report.period().type().name()),
        report.period().code(),
        report.dueOn(),
        report.period().start(),
        report.period().end());
  }

  /** 73.140 → 73.14, 100.00 → 100: the value as the unit wrote it, without padding. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
