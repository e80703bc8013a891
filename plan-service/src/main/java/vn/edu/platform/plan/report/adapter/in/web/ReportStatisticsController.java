package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.StatisticsResponse;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.UnitHistoryResponse;
import vn.edu.platform.plan.report.application.port.in.ReportStatisticsQuery;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;

/**
 * Reporting rate and timeliness (tỷ lệ, tính kịp thời của báo cáo): per period along the tree of
 * the period's end, and a unit's own record.
 */
@RestController
@RequestMapping("/api/v1/plans/report-forms/" + ReportFormController.FORM_ID)
@Tag(name = "Progress reports")
class ReportStatisticsController {

  private final ReportStatisticsQuery statistics;
  private final ReportCallers callers;

  ReportStatisticsController(ReportStatisticsQuery statistics, ReportCallers callers) {
    this.statistics = statistics;
    this.callers = callers;
  }

  @GetMapping("/statistics")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getReportStatistics",
      summary = "Expected, received, on time and approved reports of one period",
      description =
          "Per unit, per commune and in total, along the tree valid on the period's last day: a"
              + " 2024 period counts the 2024 communes even after they merged. rate ="
              + " received/expected, timeliness = onTime/expected (percent). Department staff"
              + " and province-wide systems see the province; a commune officer its commune and"
              + " its schools; school staff their school.")
  StatisticsResponse statistics(
      @PathVariable UUID formId,
      @Parameter(description = "The period", example = "2026", required = true)
          @RequestParam
          @Size(max = 16)
          String period) {
    Viewer viewer = callers.viewer();
    return StatisticsResponse.of(
        statistics.statistics(viewer, formId, period),
        viewer.provinceWide() ? "PROVINCE" : callers.ownUnit());
  }

  @GetMapping("/units/{unitCode}/history")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getUnitReportHistory",
      summary =
          "A unit's own record on the form: every period begun, with its rate and" + " timeliness")
  UnitHistoryResponse history(
      @PathVariable UUID formId,
      @Parameter(description = "The unit (within the caller's scope)", example = "S311002")
          @PathVariable
          @Size(max = 32)
          String unitCode) {
    callers.requireRead(unitCode);
    return UnitHistoryResponse.of(
        statistics.history(callers.viewer(), formId, unitCode, callers.today()));
  }
}
