package vn.edu.platform.plan.planning.adapter.out.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.PlanIssued;
import vn.edu.platform.events.plan.PlanStatusChanged;
import vn.edu.platform.events.plan.TargetAdded;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.plan.planning.application.port.out.PlanEventPublisher;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/**
 * Turns the plan feature's domain events into the public events of {@code platform-events} ({@code
 * PlanIssued}, {@code PlanStatusChanged}, {@code TargetAdded}, {@code TaskAssigned}, {@code
 * TaskStatusChanged}), written to the outbox in the business transaction. Domain events without a
 * public counterpart (edits, audit-only facts) are left out.
 */
@Component
class PlanEventsAdapter implements PlanEventPublisher {

  private final IntegrationEventPublisher events;
  private final Clock clock;

  PlanEventsAdapter(IntegrationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void publish(PlanEvent event) {
    switch (event) {
      case PlanEvent.PlanIssued e -> planIssued(e.plan());
      case PlanEvent.PlanStatusChanged e ->
          events.publish(
              new PlanStatusChanged(
                  UUID.randomUUID(),
                  clock.instant(),
                  e.plan().id(),
                  e.plan().number(),
                  PlanStatusChanged.Status.valueOf(e.from().name()),
                  PlanStatusChanged.Status.valueOf(e.plan().status().name()),
                  e.on()));
      case PlanEvent.TargetAdded e when e.plan().status().isActive() ->
          targetAdded(e.plan(), e.target());
      case PlanEvent.TaskAssigned e ->
          events.publish(
              new TaskAssigned(
                  UUID.randomUUID(),
                  clock.instant(),
                  e.task().id(),
                  e.task().planId(),
                  e.task().parentTaskId(),
                  e.task().leadUnitCode(),
                  e.task().coordinatingUnitCodes(),
                  e.assignedUnitCodes(),
                  deadlineOf(e.task().deadline())));
      case PlanEvent.TaskStatusChanged e ->
          taskStatusChanged(
              e.task().id(),
              e.task().planId(),
              null,
              e.from(),
              e.task().status(),
              e.percentComplete(),
              e.on());
      case PlanEvent.ProgressRecorded e ->
          taskStatusChanged(
              e.task().id(),
              e.task().planId(),
              e.after().unitCode(),
              e.before().status(),
              e.after().status(),
              e.after().percentComplete(),
              e.on());
      case PlanEvent.AssignmentStatusChanged e ->
          taskStatusChanged(
              e.taskId(), e.planId(), e.unitCode(), e.from(), e.to(), e.percentComplete(), e.on());
      default -> {}
    }
  }

  private void planIssued(Plan plan) {
    events.publish(
        new PlanIssued(
            UUID.randomUUID(),
            clock.instant(),
            plan.id(),
            plan.number(),
            plan.issuedOn(),
            plan.issuingUnitCode(),
            plan.title(),
            plan.phases().stream()
                .map(p -> new PlanIssued.Phase(p.code(), p.from(), p.to()))
                .toList(),
            plan.targets().stream().map(Target::id).toList()));
  }

  private void targetAdded(Plan plan, Target target) {
    events.publish(
        new TargetAdded(
            UUID.randomUUID(),
            clock.instant(),
            plan.id(),
            target.id(),
            target.indicator(),
            target.unitOfMeasure(),
            plain(target.targetValue()),
            target.deadline() == null ? null : target.deadline().lastDay().orElse(null),
            TargetAdded.ScopeLevel.valueOf(target.scope().level().name()),
            target.scope().unitCodes()));
  }

  private void taskStatusChanged(
      UUID taskId,
      UUID planId,
      String unitCode,
      ProgressStatus from,
      ProgressStatus to,
      BigDecimal percentComplete,
      LocalDate changedOn) {
    events.publish(
        new TaskStatusChanged(
            UUID.randomUUID(),
            clock.instant(),
            taskId,
            planId,
            unitCode,
            TaskStatusChanged.Status.valueOf(from.name()),
            TaskStatusChanged.Status.valueOf(to.name()),
            plain(percentComplete),
            changedOn));
  }

  /** Decimals as the contract writes them: {@code 40}, {@code 62.5}, never {@code 4E+1}. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static TaskAssigned.Deadline deadlineOf(Deadline d) {
    return new TaskAssigned.Deadline(
        TaskAssigned.Deadline.Kind.valueOf(d.kind().name()),
        d.date(),
        d.month(),
        d.quarter(),
        d.year(),
        d.recurrence());
  }
}
