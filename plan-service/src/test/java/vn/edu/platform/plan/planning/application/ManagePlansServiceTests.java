package vn.edu.platform.plan.planning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.plan.planning.application.PlanningHarness.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.StaleRevision;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.Target;

/** The department's commands on plan documents, on in-memory out-ports. */
class ManagePlansServiceTests {

  private final PlanningHarness harness = new PlanningHarness();

  @Test
  void issuingADraftAnnouncesThePlanItsStatusAndEachTask() {
    Plan draft = harness.plan(PlanStatus.DRAFT, TODAY.plusMonths(1), TODAY.plusMonths(2));
    assertThat(harness.events.published)
        .as("a draft is announced to no one")
        .noneMatch(e -> e instanceof PlanEvent.PlanIssued || e instanceof PlanEvent.TaskAssigned);

    Plan issued = harness.managePlans.issue(draft.id());

    assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(harness.stored(draft).status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(harness.events.of(PlanEvent.PlanIssued.class)).hasSize(1);
    assertThat(harness.events.of(PlanEvent.PlanStatusChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo(PlanStatus.DRAFT);
              assertThat(e.plan().status()).isEqualTo(PlanStatus.ISSUED);
              assertThat(e.on()).isEqualTo(TODAY);
            });
    assertThat(harness.events.of(PlanEvent.TaskAssigned.class))
        .extracting(e -> e.task().number(), PlanEvent.TaskAssigned::assignedUnitCodes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", List.of("S1", "S2")),
            org.assertj.core.groups.Tuple.tuple("2", List.of("S1", "S2")));
    assertThat(harness.audit.entries).contains("update plan SGD: issue plan " + draft.number());
    assertThat(harness.projections.refreshed).contains("plan " + draft.id());
  }

  @Test
  void closingAndReopeningAreStatusChangesAnnouncedAndAudited() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    harness.events.clear();

    harness.managePlans.close(plan.id());
    Plan reopened = harness.managePlans.reopen(plan.id());

    assertThat(reopened.status()).isEqualTo(PlanStatus.IN_PROGRESS);
    assertThat(harness.events.of(PlanEvent.PlanStatusChanged.class))
        .extracting(PlanEvent.PlanStatusChanged::from, e -> e.plan().status())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PlanStatus.ISSUED, PlanStatus.CLOSED),
            org.assertj.core.groups.Tuple.tuple(PlanStatus.CLOSED, PlanStatus.IN_PROGRESS));
    assertThat(harness.audit.entries)
        .contains(
            "update plan SGD: close plan " + plan.number(),
            "update plan SGD: reopen plan " + plan.number());
  }

  @Test
  void onlyAClosedPlanIsReopenedAndARefusalAnnouncesNothing() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    harness.events.clear();

    assertThatThrownBy(() -> harness.managePlans.reopen(plan.id()))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("Only a closed plan is reopened");
    assertThat(harness.events.published).isEmpty();
    assertThat(harness.stored(plan).status()).isEqualTo(PlanStatus.ISSUED);
  }

  @Test
  void aTargetAddedToAnIssuedPlanIsStoredAndAnnounced() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));

    Target target =
        harness.managePlans.addTarget(plan.id(), PlanningHarness.target("Tỷ lệ học bạ số"));

    Plan stored = harness.stored(plan);
    assertThat(stored.targets()).extracting(Target::id).containsExactly(target.id());
    assertThat(stored.revision()).isEqualTo(plan.revision() + 1);
    assertThat(harness.events.of(PlanEvent.TargetAdded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.target().indicator()).isEqualTo("Tỷ lệ học bạ số"));
  }

  @Test
  void aClosedPlanTakesNoTarget() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    harness.managePlans.close(plan.id());

    assertThatThrownBy(
            () -> harness.managePlans.addTarget(plan.id(), PlanningHarness.target("Tỷ lệ")))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("is closed");
    assertThat(harness.events.of(PlanEvent.TargetAdded.class)).isEmpty();
    assertThat(harness.stored(plan).targets()).isEmpty();
  }

  @Test
  void anEditOnAnOldRevisionIsRefused() {
    Plan plan = harness.plan(PlanStatus.DRAFT, TODAY.plusMonths(1));
    PlanCommands.UpdatePlan edit =
        new PlanCommands.UpdatePlan(
            plan.id(),
            ExpectedRevision.of(plan.revision() + 5),
            null,
            null,
            "Tên mới",
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> harness.managePlans.update(edit)).isInstanceOf(StaleRevision.class);
    assertThat(harness.stored(plan).title()).isEqualTo(plan.title());
  }
}
