package vn.edu.platform.plan.report.adapter.out.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.ProgressReportApproved;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.ReportingPeriod;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.plan.report.application.port.out.ReportEventPublisher;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/**
 * Turns report changes into the public events of {@code platform-events} ({@code
 * ProgressReportSubmitted}, {@code ProgressReportApproved}, {@code TargetValueReported}), written
 * to the outbox in the business transaction. The events carry ids, codes, dates and numbers only: a
 * report's narrative stays in plan-service.
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
            new ReportingPeriod(
                ReportingPeriod.Type.valueOf(report.period().type().name()),
                report.period().code(),
                report.dueOn()),
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

  /** 73.140 → 73.14, 100.00 → 100: the value as the unit wrote it, without padding. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
