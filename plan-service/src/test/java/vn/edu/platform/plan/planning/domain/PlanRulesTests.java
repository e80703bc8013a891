package vn.edu.platform.plan.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/** The checks of a plan document: dates, units, ranges, the task tree and the status. */
class PlanRulesTests {

  static final LocalDate PLAN_DATE = LocalDate.of(2026, 1, 31);

  /** A tree where SGD31 and its office exist; X10105 existed once, before the reform. */
  static final Units TREE =
      new Units() {
        @Override
        public LocalDate date() {
          return PLAN_DATE;
        }

        @Override
        public boolean exists(String code) {
          return Set.of("SGD31", "SGD31-VP", "SGD31-GDTrH", "X11311").contains(code);
        }

        @Override
        public boolean known(String code) {
          return exists(code) || code.equals("X10105");
        }

        @Override
        public List<String> group(UnitGroup group) {
          return group == UnitGroup.COMMUNES ? List.of("X11311") : List.of();
        }
      };

  static Plan plan(List<Target> targets, List<Phase> phases) {
    return new Plan(
        UUID.randomUUID(),
        "570/KH-SGDĐT",
        PLAN_DATE,
        "SGD31",
        Authority.DEPARTMENT,
        "Kế hoạch năm 2026",
        List.of(),
        null,
        null,
        phases,
        List.of(),
        PlanStatus.DRAFT,
        targets,
        1);
  }

  static Target percentTarget(String value, Deadline deadline) {
    return new Target(
        UUID.randomUUID(),
        "Tỷ lệ học sinh có học bạ số",
        "%",
        new BigDecimal(value),
        null,
        null,
        null,
        deadline,
        null,
        TargetSource.COMPUTED);
  }

  static Task task(String lead, List<String> coordinating, Deadline deadline) {
    return new Task(
        UUID.randomUUID(),
        UUID.randomUUID(),
        null,
        "1",
        0,
        "Triển khai học bạ số",
        lead,
        coordinating,
        deadline,
        Authority.DEPARTMENT,
        Map.of(ResponsibilityLevel.SCHOOL, "Ký số học bạ"),
        null,
        null,
        1);
  }

  @Test
  void acceptsAWellFormedPlan() {
    Plan plan =
        plan(
            List.of(percentTarget("100", Deadline.in(YearMonth.of(2026, 6)))),
            List.of(new Phase("2026", PLAN_DATE, LocalDate.of(2026, 12, 31))));

    assertThat(plan.check(TREE)).isEmpty();
    assertThat(
            task("SGD31-VP", List.of("SGD31-GDTrH"), Deadline.in(YearMonth.of(2026, 6)))
                .check(plan, TREE))
        .isEmpty();
  }

  @Test
  void refusesADeadlineThatEndsBeforeThePlansDate() {
    Plan plan = plan(List.of(percentTarget("100", Deadline.in(YearMonth.of(2025, 12)))), List.of());

    assertThat(plan.check(TREE))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/targets/0/deadline", "deadline-before-plan-date"));
    // the month of the plan's date is still on time
    assertThat(task("SGD31-VP", List.of(), Deadline.in(YearMonth.of(2026, 1))).check(plan, TREE))
        .isEmpty();
    assertThat(task("SGD31-VP", List.of(), Deadline.on(PLAN_DATE.minusDays(1))).check(plan, TREE))
        .extracting(Violation::code)
        .containsExactly("deadline-before-plan-date");
  }

  @Test
  void tellsUnknownUnitsFromUnitsNotExistingOnThePlansDate() {
    Plan plan = plan(List.of(), List.of());

    List<Violation> violations =
        task("X99999", List.of("X10105"), Deadline.inYear(2026)).check(plan, TREE);

    assertThat(violations)
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/leadUnitCode", "unknown-unit"),
            org.assertj.core.groups.Tuple.tuple("/coordinatingUnitCodes/0", "unit-not-valid"));
  }

  @Test
  void refusesALeadUnitThatAlsoCoordinates() {
    assertThat(
            task("SGD31-VP", List.of("SGD31-GDTrH", "SGD31-VP"), Deadline.inYear(2026))
                .check(plan(List.of(), List.of()), TREE))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/coordinatingUnitCodes/1", "lead-also-coordinating"));
  }

  @Test
  void refusesValuesOutsideTheIndicatorsRange() {
    Target percent = percentTarget("120", Deadline.inYear(2026));
    Target bounded =
        new Target(
            UUID.randomUUID(),
            "Số trường đạt chuẩn",
            "trường",
            new BigDecimal("40"),
            new BigDecimal("-1"),
            BigDecimal.ZERO,
            new BigDecimal("35"),
            null,
            null,
            null);

    assertThat(percent.minValue()).isEqualByComparingTo("0");
    assertThat(percent.maxValue()).isEqualByComparingTo("100");
    assertThat(percent.check()).extracting(Violation::code).containsExactly("value-out-of-range");
    assertThat(bounded.check())
        .extracting(Violation::pointer)
        .containsExactly("/targetValue", "/baseline");
  }

  @Test
  void refusesOverlappingPhases() {
    Plan plan =
        plan(
            List.of(),
            List.of(
                new Phase("2025-2027", LocalDate.of(2025, 7, 18), LocalDate.of(2027, 12, 31)),
                new Phase("2027-2030", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31))));

    assertThat(plan.check(TREE))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/phases/1/from", "phase-overlap"));
  }

  @Test
  void findsCyclesInTheTaskTree() {
    assertThat(TaskTree.findCycle(Map.of("2.1", "2", "2", "2.1.1", "2.1.1", "2.1")))
        .hasValueSatisfying(
            cycle -> assertThat(cycle).containsExactlyInAnyOrder("2", "2.1", "2.1.1"));
    assertThat(TaskTree.findCycle(Map.of("2.1", "2", "2.2", "2", "2.1.1", "2.1"))).isEmpty();
    assertThat(TaskTree.ancestorsOf("2.1.1", Map.of("2.1", "2", "2.1.1", "2.1")))
        .containsExactly("2.1", "2");
  }

  @Test
  void movesThroughTheAllowedStatusesOnly() {
    Plan draft = plan(List.of(), List.of());

    Plan issued = draft.movedTo(PlanStatus.ISSUED);
    Plan running = issued.movedTo(PlanStatus.IN_PROGRESS);
    Plan closed = running.movedTo(PlanStatus.CLOSED);

    assertThat(closed.revision()).isEqualTo(4);
    assertThat(closed.movedTo(PlanStatus.IN_PROGRESS).status()).isEqualTo(PlanStatus.IN_PROGRESS);
    assertThatThrownBy(() -> draft.movedTo(PlanStatus.CLOSED))
        .isInstanceOfSatisfying(
            StateConflict.class, e -> assertThat(e.code()).isEqualTo("plan-status-transition"));
    assertThatThrownBy(() -> issued.movedTo(PlanStatus.ISSUED)).isInstanceOf(StateConflict.class);
    assertThatThrownBy(closed::requireChangeable)
        .isInstanceOfSatisfying(
            StateConflict.class, e -> assertThat(e.code()).isEqualTo("plan-closed"));
    assertThatThrownBy(draft::requireActive)
        .isInstanceOfSatisfying(
            StateConflict.class, e -> assertThat(e.code()).isEqualTo("plan-not-issued"));
  }

  @Test
  void storesTextNfcNormalised() {
    String decomposed = java.text.Normalizer.normalize("Kế hoạch", java.text.Normalizer.Form.NFD);
    Plan plan =
        new Plan(
            UUID.randomUUID(),
            " 570/KH-SGDĐT ",
            PLAN_DATE,
            "SGD31",
            null,
            decomposed,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            1);

    assertThat(plan.title()).isEqualTo("Kế hoạch").isNotEqualTo(decomposed);
    assertThat(plan.number()).isEqualTo("570/KH-SGDĐT");
    assertThat(plan.issuingAuthority()).isEqualTo(Authority.DEPARTMENT);
    assertThat(Texts.fold("Học bạ số Đà")).isEqualTo("hoc ba so da");
  }
}
