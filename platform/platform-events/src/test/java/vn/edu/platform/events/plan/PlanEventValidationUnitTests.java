package vn.edu.platform.events.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.events.fixtures.RecordCopies.with;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.platform.events.fixtures.EventSamples;
import vn.edu.platform.events.plan.OrgUnitChanged.ChangeType;
import vn.edu.platform.events.plan.OrgUnitChanged.Kind;
import vn.edu.platform.events.plan.OrgUnitChanged.SchoolLevel;
import vn.edu.platform.events.plan.TaskAssigned.Deadline;
import vn.edu.platform.events.plan.TaskStatusChanged.Status;

/** The compact constructors of plan-service's events reject what the contract forbids. */
class PlanEventValidationUnitTests {

  @Nested
  class OrgUnitChangedValidation {

    private final OrgUnitChanged commune = EventSamples.communeCreated();
    private final OrgUnitChanged school = EventSamples.schoolMovedUnderCommune();
    private final OrgUnitChanged merged = EventSamples.communeMerged();

    @Test
    void stripsCodesAndNormalisesNamesToNfc() {
      String decomposed = Normalizer.normalize("Phường Thành Đông", Normalizer.Form.NFD);

      OrgUnitChanged changed = with(commune, "unitCode", "  XA-10507 ", "name", decomposed);

      assertThat(changed.unitCode()).isEqualTo("XA-10507");
      assertThat(changed.name()).isEqualTo("Phường Thành Đông").isNotEqualTo(decomposed);
    }

    @Test
    void rejectsBlankUnitCode() {
      assertThatThrownBy(() -> with(commune, "unitCode", "   "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unitCode must not be blank");
    }

    @Test
    void rejectsMissingEventId() {
      assertThatThrownBy(() -> with(commune, "eventId", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("eventId is required");
    }

    @Test
    void rejectsSchoolWithoutSchoolLevel() {
      assertThatThrownBy(() -> with(school, "schoolLevel", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("schoolLevel");
    }

    @Test
    void rejectsSchoolLevelOnACommune() {
      assertThatThrownBy(() -> with(commune, "schoolLevel", SchoolLevel.PRIMARY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("schoolLevel");
    }

    @Test
    void rejectsAdministrativeCodeOnASchool() {
      assertThatThrownBy(() -> with(school, "administrativeCode", "10507"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("administrativeCode");
    }

    @Test
    void rejectsAdministrativeCodeThatIsNotTwoThreeOrFiveDigits() {
      assertThatThrownBy(() -> with(commune, "administrativeCode", "1050"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("administrativeCode must be 2, 3 or 5 digits");
    }

    @Test
    void rejectsParentWithoutTheDateOfTheLink() {
      assertThatThrownBy(() -> with(commune, "parentValidFrom", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parentValidFrom");
    }

    @Test
    void rejectsParentLinkStartingBeforeTheUnitExists() {
      assertThatThrownBy(() -> with(commune, "parentValidFrom", LocalDate.of(2025, 6, 30)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parentValidFrom must not be before validFrom");
    }

    @Test
    void rejectsValidToBeforeValidFrom() {
      assertThatThrownBy(() -> with(commune, "validTo", LocalDate.of(2025, 6, 30)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("validTo must not be before validFrom");
    }

    @Test
    void rejectsMergedUnitWithoutValidTo() {
      assertThatThrownBy(() -> with(merged, "validTo", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a merged, split or closed unit has validTo");
    }

    @Test
    void rejectsMergedUnitWithTwoSuccessors() {
      assertThatThrownBy(() -> with(merged, "successorCodes", List.of("XA-10507", "XA-10525")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a merged unit has exactly one successor");
    }

    @Test
    void acceptsSplitUnitWithSeveralSuccessors() {
      OrgUnitChanged split =
          with(
              merged,
              "changeType",
              ChangeType.SPLIT,
              "successorCodes",
              List.of("XA-10507", "XA-10525"));

      assertThat(split.successorCodes()).containsExactly("XA-10507", "XA-10525");
    }

    @Test
    void rejectsSuccessorsOfAUnitThatDidNotEnd() {
      assertThatThrownBy(() -> with(commune, "successorCodes", List.of("XA-10525")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("successorCodes");
    }

    @Test
    void rejectsAUnitSucceedingItself() {
      assertThatThrownBy(() -> with(merged, "successorCodes", List.of(merged.unitCode())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a unit cannot succeed itself");
    }

    @Test
    void rejectsAUnitAsItsOwnParent() {
      assertThatThrownBy(() -> with(commune, "parentCode", commune.unitCode()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a unit cannot be its own parent");
    }

    @Test
    void rejectsMovedUnitWithoutParent() {
      assertThatThrownBy(
              () ->
                  with(
                      commune,
                      "changeType",
                      ChangeType.MOVED,
                      "parentCode",
                      null,
                      "parentValidFrom",
                      null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a moved unit has a parent");
    }

    @Test
    void rejectsRevisionBelowOne() {
      assertThatThrownBy(() -> with(commune, "revision", 0L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("revision starts at 1");
    }

    @Test
    void departmentIsTheRootWithoutParent() {
      OrgUnitChanged department =
          with(
              commune,
              "kind",
              Kind.DEPARTMENT,
              "administrativeCode",
              null,
              "parentCode",
              null,
              "parentValidFrom",
              null);

      assertThat(department.parentCode()).isNull();
    }

    @Test
    void successorCodesAreAnImmutableCopy() {
      List<String> successors = new ArrayList<>(List.of("XA-10507"));
      OrgUnitChanged event = with(merged, "successorCodes", successors);
      successors.add("XA-10525");

      assertThat(event.successorCodes()).containsExactly("XA-10507");
      assertThatThrownBy(() -> event.successorCodes().add("XA-10525"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class PlanStatusChangedValidation {

    private final PlanStatusChanged closed = EventSamples.planClosed();

    @Test
    void rejectsATransitionToTheSameStatus() {
      assertThatThrownBy(() -> with(closed, "toStatus", PlanStatusChanged.Status.IN_PROGRESS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a status change changes the status");
    }

    @Test
    void rejectsAMissingDay() {
      assertThatThrownBy(() -> with(closed, "changedOn", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("changedOn is required");
    }
  }

  @Nested
  class TargetAddedValidation {

    private final TargetAdded target = EventSamples.targetAddedForCommunes();

    @Test
    void acceptsATargetWithoutDeadline() {
      assertThatNoException().isThrownBy(EventSamples::targetAddedWithoutDeadline);
    }

    @Test
    void rejectsTheSameUnitTwice() {
      assertThatThrownBy(() -> with(target, "scopeUnitCodes", List.of("XA-10507", " XA-10507")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scopeUnitCodes must not contain duplicates");
    }

    @Test
    void rejectsABlankIndicator() {
      assertThatThrownBy(() -> with(target, "indicator", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("indicator must not be blank");
    }
  }

  @Nested
  class PlanIssuedValidation {

    private final PlanIssued plan = EventSamples.planIssued();

    @Test
    void rejectsBlankNumber() {
      assertThatThrownBy(() -> with(plan, "number", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("number must not be blank");
    }

    @Test
    void rejectsPhaseEndingBeforeItStarts() {
      assertThatThrownBy(
              () ->
                  new PlanIssued.Phase(
                      "2025-2027", LocalDate.of(2027, 12, 31), LocalDate.of(2025, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("phase 2025-2027 ends before it starts");
    }

    @Test
    void rejectsTwoPhasesWithTheSameCode() {
      List<PlanIssued.Phase> phases = List.of(plan.phases().get(0), plan.phases().get(0));

      assertThatThrownBy(() -> with(plan, "phases", phases))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("phase codes must be unique");
    }

    @Test
    void rejectsDuplicateTargetIds() {
      UUID target = EventSamples.TARGET_ID;

      assertThatThrownBy(() -> with(plan, "targetIds", List.of(target, target)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("targetIds must not contain duplicates");
    }

    @Test
    void rejectsMissingPhaseList() {
      assertThatThrownBy(() -> with(plan, "phases", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("phases is required");
    }
  }

  @Nested
  class TaskAssignedValidation {

    private final TaskAssigned task = EventSamples.taskAssigned();

    @Test
    void rejectsLeadUnitThatAlsoCoordinates() {
      assertThatThrownBy(
              () -> with(task, "coordinatingUnitCodes", List.of(task.leadUnitCode(), "SGD-31-VP")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the lead unit is not also a coordinating unit");
    }

    @Test
    void rejectsBlankOrDuplicateAssignedUnitCodes() {
      assertThatThrownBy(() -> with(task, "assignedUnitCodes", List.of("XA-10507", " ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("assignedUnitCodes element must not be blank");
      assertThatThrownBy(() -> with(task, "assignedUnitCodes", List.of("XA-10507", "XA-10507 ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("assignedUnitCodes must not contain duplicates");
    }

    @Test
    void rejectsTaskAsItsOwnParent() {
      assertThatThrownBy(() -> with(task, "parentTaskId", task.taskId()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a task cannot be its own parent");
    }

    @Test
    void rejectsDeadlineWhoseValueDoesNotMatchItsKind() {
      assertThatThrownBy(
              () ->
                  new Deadline(
                      Deadline.Kind.MONTH, LocalDate.of(2026, 6, 30), null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("deadline date is set for DATE only");
    }

    @Test
    void rejectsMalformedQuarter() {
      assertThatThrownBy(
              () -> new Deadline(Deadline.Kind.QUARTER, null, null, "2026-Q5", null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("deadline quarter is written like 2026-Q2");
      assertThatThrownBy(() -> Deadline.inQuarter(2026, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsRecurrenceThatIsNotAnRrule() {
      assertThatThrownBy(() -> Deadline.recurring("every year before 10 November"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("deadline recurrence is an RFC 5545 RRULE with FREQ");
    }

    @Test
    void factoriesSetTheFieldOfTheirKind() {
      assertThat(Deadline.in(YearMonth.of(2026, 6)).month()).isEqualTo(YearMonth.of(2026, 6));
      assertThat(Deadline.inQuarter(2026, 2).quarter()).isEqualTo("2026-Q2");
      assertThat(Deadline.inYear(2026).year()).isEqualTo(2026);
      assertThat(Deadline.continuous().recurrence()).isNull();
      assertThat(Deadline.continuous().kind()).isEqualTo(Deadline.Kind.RECURRING);
    }
  }

  @Nested
  class TaskStatusChangedValidation {

    private final TaskStatusChanged started = EventSamples.taskStartedBySchool();

    @Test
    void rejectsPercentCompleteAbove100() {
      assertThatThrownBy(() -> with(started, "percentComplete", new BigDecimal("120")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("percentComplete must be between 0 and 100");
    }

    @Test
    void rejectsNegativePercentComplete() {
      assertThatThrownBy(() -> with(started, "percentComplete", new BigDecimal("-0.5")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("percentComplete must be between 0 and 100");
    }

    @Test
    void rejectsCompletedTaskBelow100Percent() {
      assertThatThrownBy(() -> with(started, "toStatus", Status.COMPLETED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a completed task is 100 percent complete");
    }

    @Test
    void acceptsAProgressUpdateWithoutStatusChange() {
      assertThatNoException().isThrownBy(() -> with(started, "fromStatus", Status.IN_PROGRESS));
    }

    @Test
    void rejectsMissingPercentComplete() {
      assertThatThrownBy(() -> with(started, "percentComplete", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("percentComplete is required");
    }
  }

  @Nested
  class ProgressReportValidation {

    private final ProgressReportSubmitted submitted = EventSamples.reportOnTaskSubmittedOnTime();

    @Test
    void rejectsReportOnBothATaskAndATarget() {
      assertThatThrownBy(() -> with(submitted, "targetId", EventSamples.TARGET_ID))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exactly one of taskId and targetId is set");
    }

    @Test
    void rejectsReportOnNeitherATaskNorATarget() {
      assertThatThrownBy(() -> with(submitted, "taskId", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exactly one of taskId and targetId is set");
    }

    @Test
    void rejectsPeriodCodeOfAnotherType() {
      assertThatThrownBy(
              () ->
                  new ReportingPeriod(
                      ReportingPeriod.Type.MONTH, "2026-Q1", LocalDate.of(2026, 4, 10), null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("period code 2026-Q1 is not a MONTH code");
    }

    @Test
    void rejectsSchoolYearOfNonConsecutiveYears() {
      assertThatThrownBy(
              () ->
                  new ReportingPeriod(
                      ReportingPeriod.Type.SCHOOL_YEAR,
                      "2025-2027",
                      LocalDate.of(2027, 6, 1),
                      null,
                      null))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsPeriodWithOnlyOneOfItsDays() {
      assertThatThrownBy(
              () ->
                  new ReportingPeriod(
                      ReportingPeriod.Type.QUARTER,
                      "2026-Q1",
                      LocalDate.of(2026, 4, 10),
                      LocalDate.of(2026, 1, 1),
                      null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("period startsOn and endsOn are set together");
    }

    @Test
    void rejectsPeriodEndingBeforeItStarts() {
      assertThatThrownBy(
              () ->
                  new ReportingPeriod(
                      ReportingPeriod.Type.QUARTER,
                      "2026-Q1",
                      LocalDate.of(2026, 4, 10),
                      LocalDate.of(2026, 3, 31),
                      LocalDate.of(2026, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("period endsOn is before startsOn");
    }

    @Test
    void rejectsRejectionOfAUnitsOwnReport() {
      ProgressReportRejected rejected = EventSamples.reportRejectedByCommune();

      assertThatThrownBy(() -> with(rejected, "rejecterUnitCode", rejected.unitCode()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a unit cannot reject its own report");
    }

    @Test
    void rejectsRejectionWhoseNextReportIsTheSameReport() {
      ProgressReportRejected rejected = EventSamples.reportRejectedByCommune();

      assertThatThrownBy(() -> with(rejected, "nextReportId", rejected.reportId()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the next report is a new report");
    }

    @Test
    void rejectsReopeningWithoutDecisionNumber() {
      ProgressReportReopened reopened = EventSamples.targetReportReopenedByDecision();

      assertThatThrownBy(() -> with(reopened, "decisionNumber", " "))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodCodeTellsItsType() {
      assertThat(ReportingPeriod.Type.ofCode("2026-03")).isEqualTo(ReportingPeriod.Type.MONTH);
      assertThat(ReportingPeriod.Type.ofCode("2026-Q1")).isEqualTo(ReportingPeriod.Type.QUARTER);
      assertThat(ReportingPeriod.Type.ofCode("2026-H2")).isEqualTo(ReportingPeriod.Type.HALF_YEAR);
      assertThat(ReportingPeriod.Type.ofCode("2026")).isEqualTo(ReportingPeriod.Type.YEAR);
      assertThat(ReportingPeriod.Type.ofCode("2025-2026"))
          .isEqualTo(ReportingPeriod.Type.SCHOOL_YEAR);
    }

    @Test
    void rejectsApprovalOfAUnitsOwnReport() {
      ProgressReportApproved approved = EventSamples.reportApprovedByCommune();

      assertThatThrownBy(() -> with(approved, "approverUnitCode", approved.unitCode()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a unit cannot approve its own report");
    }
  }

  @Nested
  class TargetValueReportedValidation {

    private final TargetValueReported percentage = EventSamples.targetValueComputed();

    @Test
    void rejectsPercentageAbove100() {
      assertThatThrownBy(() -> with(percentage, "value", new BigDecimal("100.01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a percentage is between 0 and 100");
    }

    @Test
    void acceptsCountsAbove100() {
      assertThat(EventSamples.targetValueReportedAsCount().value())
          .isGreaterThan(BigDecimal.valueOf(100));
    }

    @Test
    void rejectsUnknownPeriodCode() {
      assertThatThrownBy(() -> with(percentage, "periodCode", "năm học 2025-2026"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a reporting period code");
    }
  }
}
