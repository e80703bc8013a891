package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordResponses.DecisionView;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.YearResultsQuery;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.Award;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome;

/**
 * The final year results of a grade, for admissions to the next level: admission-service reads
 * grade 9's results of the province with its service account (province-read). Levels, averages, the
 * year-end decision and the completion confirmation; no comments, no identity beyond the student
 * code.
 */
@RestController
@Tag(name = "Year results")
class YearResultsController {

  private final YearResultsQuery results;
  private final RecordCallers callers;

  YearResultsController(YearResultsQuery results, RecordCallers callers) {
    this.results = results;
    this.callers = callers;
  }

  @GetMapping("/api/v1/student-records/year-results")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listYearResults",
      summary = "Final results of a grade's locked records",
      description =
          "Province readers (the department, systems with province-read such as"
              + " admission-service) read the province or one school; a school's staff their own"
              + " school (schoolCode required); 403 forbidden-org-unit otherwise. Only locked,"
              + " current versions; reads from outside the school are audited.")
  @ApiResponse(responseCode = "200", description = "A page", useReturnTypeSchema = true)
  PageResponse<YearResultView> list(
      @Parameter(description = "The school year", example = "2025-2026")
          @RequestParam
          @Size(max = 9)
          @Pattern(regexp = RecordBodies.SCHOOL_YEAR)
          String schoolYear,
      @Parameter(description = "The grade", example = "9") @RequestParam @Min(1) @Max(12) int grade,
      @Parameter(description = "One school only", example = "S311003")
          @RequestParam(required = false)
          @Size(max = 32)
          String schoolCode,
      @Parameter(
              description = "Only these students (repeat the parameter, at most 200)",
              example = "3110030001")
          @RequestParam(required = false)
          @Size(max = 200)
          List<@Size(max = 10) @Pattern(regexp = RecordBodies.STUDENT_CODE) String> studentCode,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1-200", example = "200")
          @RequestParam(defaultValue = "200")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    RecordQuery.Page found =
        results.finalResults(
            callers.actor(),
            new YearResultsQuery.Filter(schoolYear, grade, schoolCode, studentCode),
            paging.page(),
            paging.size());
    long pages = (found.totalItems() + paging.size() - 1) / paging.size();
    return new PageResponse<>(
        found.items().stream().map(YearResultView::of).toList(),
        paging.page(),
        paging.size(),
        found.totalItems(),
        pages);
  }

  @Schema(description = "A student's final results of a year")
  record YearResultView(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(example = "1") int version,
      @Schema(example = "3110030001") String studentCode,
      @Schema(example = "S311003") String schoolCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "9") int grade,
      @Schema(example = "9A1") String className,
      @Schema(description = "Secondary: the year's learning result", example = "GOOD")
          @Nullable LearningLevel learningLevel,
      @Schema(description = "Secondary: the year's conduct", example = "GOOD")
          @Nullable ConductLevel conductLevel,
      @Schema(description = "Primary: the year's outcome", example = "GOOD")
          @Nullable PrimaryOutcome primaryOutcome,
      @Schema(description = "Secondary: the year-end decision") @Nullable DecisionView decision,
      @Schema(example = "GOOD") @Nullable Award award,
      @Schema(description = "Whether the results complete the grade", example = "true")
          boolean completesGrade,
      @Schema(
              description =
                  "Grade 9 from 2025-2026: the principal confirmed lower-secondary completion",
              example = "true")
          boolean lowerSecondaryCompletionConfirmed,
      @Schema(description = "Each subject's year result") List<SubjectYearResult> subjects,
      @Schema(description = "When the record was locked", example = "2026-05-30T03:00:00Z")
          Instant lockedAt) {

    static YearResultView of(SchoolRecord r) {
      LearningLevel learning = null;
      ConductLevel conduct = null;
      PrimaryOutcome outcome = null;
      DecisionView decision = null;
      Award award = null;
      List<SubjectYearResult> subjects = List.of();
      if (r.results() instanceof RecordResults.Secondary s) {
        learning = s.year().year().level();
        conduct = s.year().conductYear();
        decision = DecisionView.of(s.year().decision());
        award = s.year().award();
        subjects =
            s.year().subjects().stream()
                .map(x -> new SubjectYearResult(x.subjectCode(), x.yearAverage(), x.yearResult()))
                .toList();
      } else if (r.results() instanceof RecordResults.Primary p) {
        outcome = p.year().outcome();
      }
      return new YearResultView(
          r.id(),
          r.version(),
          r.studentCode(),
          r.placement().schoolCode(),
          r.schoolYear(),
          r.placement().grade(),
          r.placement().className(),
          learning,
          conduct,
          outcome,
          decision,
          award,
          r.results() != null && r.results().completesGrade(),
          r.completion() != null,
          subjects,
          r.updatedAt());
    }
  }

  @Schema(description = "One subject's year result")
  record SubjectYearResult(
      @Schema(example = "toan") String subjectCode,
      @Schema(description = "Year average of a scored subject", example = "8.4")
          @Nullable BigDecimal yearAverage,
      @Schema(description = "Year result of a comment subject", example = "PASSED")
          @Nullable CommentResult yearResult) {}
}
