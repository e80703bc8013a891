package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;

/** The life of a report: submission and timeliness, bottom-up approval, locking, reopening. */
class ProgressReportTests {

  private static final String SCHOOL = "S311002";
  private static final String COMMUNE = "X11311";
  private static final String DEPARTMENT = "SGD31";
  private static final LocalDate DUE = LocalDate.of(2026, 11, 10);
  private static final ApprovalRoute VIA_COMMUNE = ApprovalRoute.throughCommune(COMMUNE);
  private static final Instant AT = Instant.parse("2026-11-09T03:00:00Z");

  private static ProgressReport draft() {
    return ProgressReport.draft(
        UUID.randomUUID(),
        UUID.randomUUID(),
        SCHOOL,
        ReportingPeriod.parse(PeriodType.YEAR, "2026").orElseThrow(),
        DUE,
        new ReportContent(null, BigDecimal.valueOf(60), "Đã triển khai."));
  }

  private static ProgressReport submittedOn(LocalDate day) {
    return draft().submitted(AT, day);
  }

  private static void assertState(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void isOnTimeWhenSubmittedOnOrBeforeTheDueDate() {
    assertThat(submittedOn(DUE).onTime()).isTrue();
    assertThat(submittedOn(DUE.plusDays(1)).onTime()).isFalse();
    assertThat(submittedOn(DUE).status()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(submittedOn(DUE).history())
        .extracting(ReportStep::action)
        .containsExactly(ReportStep.Action.SUBMITTED);
  }

  @Test
  void aCommunesSchoolIsApprovedByItsCommuneThenByTheDepartment() {
    ProgressReport submitted = submittedOn(DUE);

    assertState(
        () -> submitted.approved(ApprovalLevel.DEPARTMENT, VIA_COMMUNE, DEPARTMENT, null, AT),
        "report-approval-order");
    ProgressReport byCommune =
        submitted.approved(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, "Đúng", AT);
    assertState(
        () -> byCommune.approved(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, null, AT),
        "report-approval-order");
    ProgressReport approved =
        byCommune.approved(ApprovalLevel.DEPARTMENT, VIA_COMMUNE, DEPARTMENT, null, AT);

    assertThat(byCommune.status()).isEqualTo(ReportStatus.APPROVED_BY_COMMUNE);
    assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
    assertThat(approved.history())
        .extracting(ReportStep::action, ReportStep::level)
        .containsExactly(
            tuple(ReportStep.Action.SUBMITTED, null),
            tuple(ReportStep.Action.APPROVED, ApprovalLevel.COMMUNE),
            tuple(ReportStep.Action.APPROVED, ApprovalLevel.DEPARTMENT));
  }

  @Test
  void otherUnitsGoStraightToTheDepartment() {
    ProgressReport submitted = submittedOn(DUE);
    ApprovalRoute direct = ApprovalRoute.departmentOnly();

    assertState(
        () -> submitted.approved(ApprovalLevel.COMMUNE, direct, COMMUNE, null, AT),
        "report-approval-order");
    assertThat(submitted.approved(ApprovalLevel.DEPARTMENT, direct, DEPARTMENT, null, AT).status())
        .isEqualTo(ReportStatus.APPROVED);
  }

  @Test
  void aUnitNeverApprovesItsOwnReport() {
    assertState(
        () ->
            submittedOn(DUE)
                .approved(
                    ApprovalLevel.DEPARTMENT, ApprovalRoute.departmentOnly(), SCHOOL, null, AT),
        "report-approval-order");
  }

  @Test
  void approvedDataIsLockedAndSubmittedDataWaitsForItsApprover() {
    ProgressReport submitted = submittedOn(DUE);
    ProgressReport approved =
        submitted
            .approved(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, null, AT)
            .approved(ApprovalLevel.DEPARTMENT, VIA_COMMUNE, DEPARTMENT, null, AT);

    assertState(() -> submitted.edited(ReportContent.EMPTY), "report-in-approval");
    assertState(() -> approved.edited(ReportContent.EMPTY), "report-locked");
    assertState(() -> approved.submitted(AT, DUE), "report-locked");
    assertState(
        () -> approved.approved(ApprovalLevel.DEPARTMENT, VIA_COMMUNE, DEPARTMENT, null, AT),
        "report-locked");
  }

  @Test
  void reopeningByDecisionMakesItEditableAndKeepsTheFirstSubmissionsTimeliness() {
    ProgressReport approved =
        submittedOn(DUE)
            .approved(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, null, AT)
            .approved(ApprovalLevel.DEPARTMENT, VIA_COMMUNE, DEPARTMENT, null, AT);
    ReopeningDecision decision =
        new ReopeningDecision("123/QĐ-SGDĐT", LocalDate.of(2026, 12, 1), "Điều chỉnh số liệu");

    ProgressReport reopened = approved.reopened(decision, DEPARTMENT, AT);
    ProgressReport corrected =
        reopened.edited(new ReportContent(null, BigDecimal.valueOf(70), "Sửa."));
    ProgressReport resubmitted = corrected.submitted(AT.plusSeconds(86_400 * 30), DUE.plusDays(30));

    assertThat(reopened.status()).isEqualTo(ReportStatus.REOPENED);
    assertThat(reopened.history().getLast().decisionNumber()).isEqualTo("123/QĐ-SGDĐT");
    assertThat(resubmitted.onTime()).isTrue();
    assertThat(resubmitted.submittedAt()).isEqualTo(AT);
    assertThat(resubmitted.history().getLast().action()).isEqualTo(ReportStep.Action.RESUBMITTED);
    assertThat(resubmitted.awaitedLevel(VIA_COMMUNE)).contains(ApprovalLevel.COMMUNE);
    assertState(
        () -> submittedOn(DUE).reopened(decision, DEPARTMENT, AT), "report-status-transition");
    assertThatThrownBy(() -> new ReopeningDecision(" ", null, "x"))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void aRejectionClosesTheReportAndANewDraftCarriesItsContentOn() {
    ProgressReport submitted = submittedOn(DUE);

    assertThatThrownBy(
            () -> submitted.rejected(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, " ", AT))
        .isInstanceOf(RuleViolation.class);
    ProgressReport rejected =
        submitted.rejected(ApprovalLevel.COMMUNE, VIA_COMMUNE, COMMUNE, "Thiếu số liệu", AT);
    UUID newId = UUID.randomUUID();
    ProgressReport draft = rejected.redraft(newId);

    assertThat(rejected.status()).isEqualTo(ReportStatus.REJECTED);
    assertThat(rejected.history().getLast().reason()).isEqualTo("Thiếu số liệu");
    assertThat(draft.id()).isEqualTo(newId);
    assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(draft.replacesReportId()).isEqualTo(submitted.id());
    assertThat(draft.content()).isEqualTo(submitted.content());
    assertThat(draft.submittedAt()).isNull();
    assertThat(rejected.status().isReceived()).isFalse();
  }
}
