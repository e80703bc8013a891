package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.plan.planning.application.port.in.DetectOverdueUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;

/** Marks unfinished work past its deadline as overdue, one running plan at a time. */
@Service
class DetectOverdueService implements DetectOverdueUseCase {

  private final PlanRepository plans;
  private final PlanStatuses statuses;
  private final TransactionTemplate transactions;

  DetectOverdueService(
      PlanRepository plans, PlanStatuses statuses, PlatformTransactionManager transactionManager) {
    this.plans = plans;
    this.statuses = statuses;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public PlanViews.OverdueRun detectOverdue(LocalDate today) {
    int planCount = 0;
    int assignments = 0;
    int tasks = 0;
    for (UUID planId : plans.activePlanIds()) {
      PlanViews.OverdueRun run = detectOverdue(planId, today);
      planCount += run.plans();
      assignments += run.assignments();
      tasks += run.tasks();
    }
    return new PlanViews.OverdueRun(today, planCount, assignments, tasks);
  }

  /** One plan in its own transaction, so a long run never holds many plans' locks. */
  @Override
  public PlanViews.OverdueRun detectOverdue(UUID planId, LocalDate today) {
    PlanStatuses.Refreshed changed =
        transactions.execute(
            status ->
                plans
                    .lock(planId)
                    .filter(plan -> plan.status().isActive())
                    .map(plan -> statuses.refresh(plan, today))
                    .orElse(PlanStatuses.Refreshed.NOTHING));
    return new PlanViews.OverdueRun(today, 1, changed.assignments(), changed.tasks());
  }
}
