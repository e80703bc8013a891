package vn.edu.platform.plan.planning.adapter.out.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.PlanIssued;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.plan.planning.application.port.out.PlanEventPublisher;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/**
 * Turns plan changes into the public events of {@code platform-events} ({@code PlanIssued}, {@code
 * TaskAssigned}, {@code TaskStatusChanged}), written to the outbox in the business transaction.
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
  public void planIssued(Plan plan) {
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

  @Override
  public void taskAssigned(Task task, List<String> assignedUnitCodes) {
    events.publish(
        new TaskAssigned(
            UUID.randomUUID(),
            clock.instant(),
            task.id(),
            task.planId(),
            task.parentTaskId(),
            task.leadUnitCode(),
            task.coordinatingUnitCodes(),
            assignedUnitCodes,
            deadlineOf(task.deadline())));
  }

  @Override
  public void taskStatusChanged(
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
            percentComplete.stripTrailingZeros().scale() < 0
                ? percentComplete.setScale(0)
                : percentComplete.stripTrailingZeros(),
            changedOn));
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
