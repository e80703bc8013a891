package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.edu.platform.plan.planning.application.port.in.PlanLookup;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Phase;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * The published views of plans, read through {@link PlanLookup}, so the views stay the same
 * whatever the plans' services and storage become.
 */
@Service
class PublishedPlansService implements PublishedPlans {

  private final PlanLookup lookup;

  PublishedPlansService(PlanLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public Optional<PlanView> plan(UUID planId) {
    return lookup.plan(planId).map(PublishedPlansService::view);
  }

  @Override
  public Optional<TaskView> task(UUID taskId) {
    return lookup.task(taskId).map(PublishedPlansService::view);
  }

  @Override
  public List<AssignmentView> assignments(UUID taskId) {
    return lookup.assignments(taskId).stream().map(PublishedPlansService::view).toList();
  }

  @Override
  public boolean sees(Viewer viewer, UUID planId) {
    return lookup.sees(viewer, planId);
  }

  private static PlanView view(Plan plan) {
    Stage stage =
        switch (plan.status()) {
          case DRAFT -> Stage.DRAFT;
          case ISSUED, IN_PROGRESS -> Stage.ACTIVE;
          case CLOSED -> Stage.CLOSED;
        };
    LocalDate runsFrom =
        plan.phases().stream()
            .map(Phase::from)
            .min(LocalDate::compareTo)
            .filter(from -> from.isBefore(plan.issuedOn()))
            .orElse(plan.issuedOn());
    LocalDate runsTo = plan.phases().stream().map(Phase::to).max(LocalDate::compareTo).orElse(null);
    return new PlanView(
        plan.id(),
        plan.number(),
        plan.issuingUnitCode(),
        stage,
        runsFrom,
        runsTo,
        plan.targets().stream().map(PublishedPlansService::view).toList());
  }

  private static TargetView view(Target target) {
    return new TargetView(
        target.id(),
        target.indicator(),
        target.unitOfMeasure(),
        target.minValue(),
        target.maxValue(),
        target.source() != TargetSource.COMPUTED,
        TargetLevel.valueOf(target.scope().level().name()),
        target.scope().educationLevel() == null
            ? null
            : EducationLevel.valueOf(target.scope().educationLevel().name()),
        target.scope().unitCodes());
  }

  private static TaskView view(Task task) {
    return new TaskView(
        task.id(),
        task.planId(),
        task.number(),
        task.content(),
        task.status() == ProgressStatus.CANCELLED);
  }

  private static AssignmentView view(Assignment assignment) {
    return new AssignmentView(
        assignment.taskId(),
        assignment.unitCode(),
        assignment.status() == ProgressStatus.CANCELLED);
  }
}
